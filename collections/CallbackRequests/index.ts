import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'
import {
  CALLBACK_STATUSES,
  CALLBACK_TOPICS,
  MESSAGE_MAX,
  NAME_MAX,
  PREFERRED_TIMES,
} from '@/lib/callback/options'
import { normaliseUkPhone } from '@/lib/callback/phone'
import { selectOptions } from '@/lib/providers/options'

import { queueNotification } from './hooks/queueNotification'

/**
 * Families' requests to be phoned back. Personal data: staff (editors and admins) read and work
 * them; nobody creates one through REST or GraphQL, because the public form's server action is
 * the only way in; they are deleted automatically after the retention period in site settings.
 */
export const CallbackRequests: CollectionConfig = {
  slug: 'callback-requests',
  access: { create: nobody, read: isEditor, update: isEditor, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topic', 'provider', 'status', 'createdAt'],
    listSearchableFields: ['name', 'phone'],
    group: 'Families',
    description: 'Newest first. Deleted automatically after the retention period in site settings.',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: NAME_MAX },
    {
      name: 'phone',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        (!!value && normaliseUkPhone(value) !== null) || 'Enter a UK phone number.',
    },
    {
      name: 'preferredTime',
      type: 'select',
      required: true,
      options: selectOptions(PREFERRED_TIMES),
    },
    { name: 'topic', type: 'select', required: true, options: selectOptions(CALLBACK_TOPICS) },
    { name: 'message', type: 'textarea', maxLength: MESSAGE_MAX },
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      admin: { description: 'Empty when the request came from a guide: the council SEN team.' },
    },
    {
      name: 'locale',
      type: 'select',
      options: selectOptions(localeCodes),
      admin: { description: 'The language the family used on the site.' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) => value === true || 'Consent is required.',
      admin: { readOnly: true, description: 'The family agreed to the statement on the form.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: selectOptions(CALLBACK_STATUSES),
      admin: { position: 'sidebar' },
    },
    { name: 'notes', type: 'textarea', admin: { position: 'sidebar' } },
    {
      // One form submission stores one request, however many times it is sent.
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      // A random id that the e-mail job looks the request up by (set when it is stored).
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
  ],
  hooks: { beforeChange: [queueNotification] },
}
