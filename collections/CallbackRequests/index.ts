import type { CollectionConfig, Field } from 'payload'

import { canWorkCallbackRequests, hasCallbackInbox } from '@/access/callbackInbox'
import { isAdmin } from '@/access/isAdmin'
import { nobody, nobodyField } from '@/access/nobody'
import { labelledOptions } from '@/lib/callback/labels'
import { MESSAGE_MAX, NAME_MAX } from '@/lib/callback/options'
import { normaliseUkPhone } from '@/lib/callback/phone'

import { exportCsv } from './endpoints/exportCsv'
import { queueNotification } from './hooks/queueNotification'
import { assignInbox, recordHistory } from './hooks/recordHistory'

/** What the family told us: shown to staff, never changed by them (or by any API caller). */
function familyAnswer<T extends Field>(field: T): T {
  return {
    ...field,
    access: { update: nobodyField },
    admin: { ...field.admin, readOnly: true },
  } as T
}

/**
 * Families' requests to be phoned back. Personal data: read and worked only by the inbox they
 * were sent to (access/callbackInbox.ts: the provider's staff, or the SEN team for the council's
 * own), and by admins; nobody creates one through REST or GraphQL, because the public form's
 * server action is the only way in. The family's answers are read-only; staff add notes and
 * change the status, each recorded in an append-only history. Deleted automatically after the
 * retention period in site settings.
 */
export const CallbackRequests: CollectionConfig = {
  slug: 'callback-requests',
  access: {
    create: nobody,
    read: canWorkCallbackRequests,
    update: canWorkCallbackRequests,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topic', 'provider', 'status', 'createdAt'],
    listSearchableFields: ['name', 'phone'],
    group: 'Families',
    description:
      'Newest first. Use Filters to choose by status, provider or date. Deleted automatically after the retention period in site settings.',
    hidden: ({ user }) => !hasCallbackInbox(user),
    components: {
      beforeListTable: ['/components/admin/CallbackExportLink#CallbackExportLink'],
    },
  },
  defaultSort: '-createdAt',
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportCsv }],
  fields: [
    familyAnswer({ name: 'name', type: 'text', required: true, maxLength: NAME_MAX }),
    familyAnswer({
      name: 'phone',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        (!!value && normaliseUkPhone(value) !== null) || 'Enter a UK phone number.',
    }),
    familyAnswer({
      name: 'preferredTime',
      label: 'Best time to call',
      type: 'select',
      required: true,
      options: labelledOptions('preferredTime'),
    }),
    familyAnswer({
      name: 'topic',
      label: 'About',
      type: 'select',
      required: true,
      options: labelledOptions('topic'),
    }),
    familyAnswer({ name: 'message', type: 'textarea', maxLength: MESSAGE_MAX }),
    familyAnswer({
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      admin: { description: 'Empty when the request came from a guide: the council SEN team.' },
    }),
    familyAnswer({
      name: 'locale',
      label: 'Language used on the site',
      type: 'select',
      options: labelledOptions('locale'),
    }),
    familyAnswer({
      name: 'consent',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) => value === true || 'Consent is required.',
      admin: { description: 'The family agreed to the statement on the form.' },
    }),
    {
      // Set when the request is stored (hooks/recordHistory.ts); decides who may read it.
      name: 'inbox',
      type: 'select',
      options: labelledOptions('inbox'),
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: labelledOptions('status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'addNote',
      label: 'Add a note',
      type: 'textarea',
      virtual: true,
      admin: {
        // Payload makes virtual fields read-only unless told otherwise.
        readOnly: false,
        description:
          'Saved to the history below with your name and the time. Notes cannot be changed or deleted.',
      },
    },
    {
      name: 'history',
      type: 'array',
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, initCollapsed: false },
      labels: { singular: 'History entry', plural: 'History' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'at',
              label: 'When',
              type: 'date',
              required: true,
              admin: {
                date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
              },
            },
            { name: 'who', label: 'Who', type: 'text', required: true },
            { name: 'event', type: 'select', required: true, options: labelledOptions('event') },
            { name: 'status', type: 'select', options: labelledOptions('status') },
          ],
        },
        { name: 'note', type: 'textarea' },
      ],
    },
    {
      // Notes from before the history was kept: the callback_inbox migration copied them into
      // the history. Kept, hidden and unchangeable, until a later migration drops the column.
      name: 'notes',
      type: 'textarea',
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
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
  hooks: { beforeChange: [assignInbox, recordHistory, queueNotification] },
}
