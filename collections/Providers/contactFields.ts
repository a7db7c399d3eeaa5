import type { Field } from 'payload'

import { validatePhone } from '@/lib/contact/tel'

/** The GOV.UK "contact a service" block: each way to get in touch, and when. */
export const contactFields: Field[] = [
  { name: 'phone', type: 'text', validate: validatePhone },
  { name: 'textphone', type: 'text', validate: validatePhone },
  { name: 'email', type: 'email' },
  {
    name: 'website',
    type: 'text',
    validate: (value: string | null | undefined) =>
      !value || /^https:\/\/\S+$/.test(value) || 'Use a full address starting with https://',
  },
  { name: 'address', type: 'textarea' },
  {
    name: 'openingHours',
    type: 'textarea',
    localized: true,
    admin: { description: 'For example: Monday to Friday, 9am to 5pm.' },
  },
  { name: 'bankHolidayNote', type: 'text', localized: true },
]
