import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'

import {
  canPublishField,
  canWriteContentField,
  idOf,
  refusal,
  secondPersonRefusal,
  SECOND_PERSON_REFUSAL,
} from '@/access/publishing'
import { nobodyField } from '@/access/nobody'
import { changedTextFields } from '@/lib/translationStatus'

export const WORKFLOW_STATES = ['draft', 'readyForReview'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** The admin's list of pages waiting for a publisher (the dashboard links to it). */
export const READY_FOR_REVIEW_LIST =
  '/admin/collections/pages?where[workflow][equals]=readyForReview'

// Recorded by hooks only; staff read them, the public API never sees them.
const recorded = { read: canWriteContentField, create: nobodyField, update: nobodyField }

/**
 * A page's way to publication: draft -> ready for review (set by its author) -> published by a
 * publisher, who is recorded with the time. Legal guides can need a second person: whoever last
 * changed the draft cannot publish it. `lastChangedBy` is stamped on every save, so each version
 * in the history shows who made that change.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflow',
    label: 'Review',
    type: 'radio',
    defaultValue: 'draft',
    options: [
      { label: 'Draft: still being written', value: 'draft' },
      { label: 'Ready for review', value: 'readyForReview' },
    ],
    access: { read: canWriteContentField },
    admin: {
      position: 'sidebar',
      description:
        'Authors: choose "Ready for review" when the draft is finished (it is saved as a draft). A publisher checks and publishes it.',
    },
  },
  {
    name: 'needsSecondPerson',
    label: 'Needs a second person to publish',
    type: 'checkbox',
    defaultValue: false,
    access: { read: canWriteContentField, create: canPublishField, update: canPublishField },
    admin: {
      position: 'sidebar',
      description:
        'For legal guides. Whoever last changed the draft cannot publish it (their Publish button is hidden): another publisher must check and publish it. Set by publishers.',
    },
  },
  {
    name: 'lastChangedBy',
    label: 'Last changed by',
    type: 'relationship',
    relationTo: 'users',
    maxDepth: 0,
    access: recorded,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'approvedBy',
    label: 'Published by',
    type: 'relationship',
    relationTo: 'users',
    maxDepth: 0,
    access: recorded,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'approvedAt',
    label: 'Published at',
    type: 'date',
    access: recorded,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm' },
    },
  },
]

type PageState = {
  _status?: unknown
  needsSecondPerson?: unknown
  lastChangedBy?: unknown
}

const isStaff = (req: PayloadRequest) => !!req.user && (req.user.collection ?? 'users') === 'users'

/** Refuses when the page needs a second person and this user would publish their own change. */
function assertSecondPerson(req: PayloadRequest, doc: PageState | null, data: unknown) {
  const reason = secondPersonRefusal({
    needsSecondPerson:
      doc?.needsSecondPerson === true ||
      (data as PageState | undefined)?.needsSecondPerson === true,
    lastChangedBy: doc?.lastChangedBy,
    publisher: req.user?.id,
    changesText: doc ? changedTextFields(doc, data).length > 0 : true,
  })
  if (reason) throw refusal(reason)
}

/**
 * Before access control, so the admin shows why: a publish (by id, in bulk, or restoring a
 * version over the live page) of a page that needs a second person, by the last person who
 * changed its draft or with a change of its text, is refused with 403. Trusted server code
 * (`overrideAccess`) is not limited; a scheduled publish runs as the user who scheduled it.
 */
export const refuseSelfApproval: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
}) => {
  const req = args.req as PayloadRequest | undefined
  if (overrideAccess || !req || !isStaff(req)) return args
  const { id, data, draft, where } = args as {
    id?: number | string
    data?: PageState
    draft?: boolean
    where?: Where
  }
  const { payload } = req
  // The latest draft in the language written, without fallback (an empty translation stays empty).
  const read = {
    collection: 'pages',
    depth: 0,
    draft: true,
    fallbackLocale: false,
    overrideAccess: true,
    req,
  } as const
  if (operation === 'restoreVersion' && draft !== true && id !== undefined) {
    const version = await payload
      .findVersionByID({ collection: 'pages', id: String(id), depth: 0, overrideAccess: true, req })
      .catch(() => null)
    const page = version?.parent
      ? await payload.findByID({ ...read, id: idOf(version.parent) ?? '' })
      : null
    if (page?.needsSecondPerson) throw refusal(SECOND_PERSON_REFUSAL)
    return args
  }
  if (operation !== 'update' || data?._status !== 'published') return args
  if (id !== undefined) {
    assertSecondPerson(req, await payload.findByID({ ...read, id }), data)
    return args
  }
  const { docs } = await payload.find({ ...read, where, limit: 0, pagination: false })
  for (const doc of docs) assertSecondPerson(req, doc, data)
  return args
}

// Which pages each request writes for its signed-in user; nested saves (the nested-docs plugin
// re-saving children with a new parent path) are not that user's change and are not recorded.
// Keyed by the request, not its context: a Local API caller may pass one context to many calls.
const userWrites = new WeakMap<PayloadRequest, Set<string>>()
const ALL = '*'

/**
 * Notes the page a signed-in user writes through the admin, REST or the Local API with
 * `overrideAccess: false` (by id; a new page; or every page for bulk updates and restores), so
 * `recordWorkflow` records that write and not the ones it triggers.
 */
export const markUserWrite: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
}) => {
  const req = args.req as PayloadRequest | undefined
  if (overrideAccess || !req || !isStaff(req)) return args
  if (!['create', 'update', 'restoreVersion'].includes(operation)) return args
  const { id } = args as { id?: number | string }
  const key =
    operation === 'create'
      ? 'create'
      : operation === 'update' && id !== undefined
        ? String(id)
        : ALL
  const marks = userWrites.get(req) ?? new Set<string>()
  marks.add(key)
  userWrites.set(req, marks)
  return args
}

function isUserWrite(req: PayloadRequest, operation: string, id: unknown): boolean {
  const marks = userWrites.get(req)
  if (!marks) return false
  return marks.has(ALL) || marks.has(operation === 'create' ? 'create' : String(id))
}

/**
 * Records who changed the page on every save a signed-in user makes (`lastChangedBy`, kept in each
 * version), and on publishing who published it and when (`approvedBy`, `approvedAt`); a published
 * page leaves the "ready for review" list. A publish that changes no text keeps the author as
 * the last to change it: the version then shows who wrote it and who approved it.
 */
export const recordWorkflow: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!isStaff(req) || !isUserWrite(req, operation, originalDoc?.id)) return data
  const publishing = data._status === 'published'
  const changesText = !originalDoc || changedTextFields(originalDoc, data).length > 0
  if (!publishing || changesText) data.lastChangedBy = req.user!.id
  if (publishing) {
    data.approvedBy = req.user!.id
    data.approvedAt = new Date().toISOString()
    data.workflow = 'draft'
  }
  return data
}
