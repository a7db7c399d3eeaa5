import type { GlobalConfig, TextFieldSingleValidation } from 'payload'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/publishing'
import { getDefaultCalendar, isIsoDate } from '@/lib/deadlines'
import { purgeGlobalTags } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

// A plain YYYY-MM-DD text, not a date field: a date-time would shift a day with time zones.
const validateHoliday: TextFieldSingleValidation = (value) => {
  if (!value || !isIsoDate(value)) return 'Enter the date as YYYY-MM-DD, for example 2027-06-04.'
  const { coverage, isCovered } = getDefaultCalendar()
  if (!isCovered(value)) {
    const { from, to } = coverage
    return `The date must be between ${from} and ${to}, the dates the deadline calculator accepts.`
  }
  return true
}

/**
 * Bank holidays announced after lib/deadlines/bank-holidays.json was last updated (one-off days such as
 * a coronation). They are added to the shipped list, or to the holidays computed for years it does
 * not cover (lib/deadlines/calendar.ts).
 */
export const BankHolidays: GlobalConfig = {
  slug: 'bank-holidays',
  access: { read: anyone, update: canPublish },
  admin: {
    group: 'Settings',
    description:
      'Extra bank holidays in England and Wales, added to the published list for the deadline calculator.',
  },
  fields: [
    {
      name: 'holidays',
      type: 'array',
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          validate: validateHoliday,
          admin: { placeholder: 'YYYY-MM-DD' },
        },
        { name: 'title', type: 'text', required: true, localized: true },
      ],
    },
  ],
  hooks: {
    // The deadline calculator and the route finder read the calendar under this tag.
    afterChange: [purgeGlobalTags([CACHE_TAGS.bankHolidays])],
  },
}
