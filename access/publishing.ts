import { APIError, type Access, type FieldAccess, type PayloadRequest, type Where } from 'payload'

import { CONTENT_ROLES, PUBLISHING_ROLES, hasRole } from './roles'

/**
 * Staff who write content: authors (drafts only), publishers and admins. The one rule for who
 * sees drafts too (access/authenticatedOrPublished.ts, access/authenticatedOrLive.ts); a plain
 * boolean, so those can ask it directly.
 */
export const canWriteContent = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, ...CONTENT_ROLES)

/**
 * Staff who publish: publishers and admins. Also the rule for content with no drafts (route
 * texts, letter templates, councils, redirects, bank holidays), where every save is live.
 */
export const canPublish: Access = ({ req }) => hasRole(req.user, ...PUBLISHING_ROLES)

/** A field only publishers and admins may set (for example "needs a second person"). */
export const canPublishField: FieldAccess = ({ req }) => hasRole(req.user, ...PUBLISHING_ROLES)

/** A field only content staff may read (who changed and approved a page is not public). */
export const canWriteContentField: FieldAccess = canWriteContent

/**
 * A 403 whose message reaches the admin's toast and REST clients. The `data` says which rule
 * refused; it also keeps the message if server code is ever minified again, when Payload's error
 * classes lose their names and its formatErrors answers "An unknown error occurred." for an error
 * without data (next.config.mjs keeps server code unminified for that reason).
 */
export function refusal(message: string): APIError {
  return new APIError(message, 403, { refusedBy: 'approvals' }, true)
}

/** The admin's and the API's message when an author tries to publish. */
export const AUTHOR_PUBLISH_REFUSAL =
  'Authors cannot publish or unpublish. Set Review to "Ready for review" and save the draft: a publisher will check it and publish it.'
/** The message when an author writes without saving a draft (that would change the live page). */
export const AUTHOR_LIVE_WRITE_REFUSAL =
  'Authors save drafts only (Save draft, or ?draft=true in the API): this change would alter or unpublish what readers see.'

/** The message when an author tries to delete something readers can see. */
export const AUTHOR_DELETE_REFUSAL =
  'Authors cannot delete a published document. Ask a publisher to unpublish or delete it.'

/**
 * Why an author may not make a write to content with drafts, or null when they may.
 * `draft` is the operation's draft flag (REST `?draft=true`, Local API `draft: true`); `status`
 * the `_status` the write asks for. Only a draft save leaves what readers see untouched: without
 * it Payload writes the live document (publishing, unpublishing with `_status: 'draft'`, or
 * restoring an old version over the published one). A scheduled publish runs as the user who
 * scheduled it (`_status: 'published'`), so an author's schedule is refused when it runs.
 */
export function authorWriteRefusal(write: { draft?: unknown; status?: unknown }): string | null {
  if (write.status === 'published') return AUTHOR_PUBLISH_REFUSAL
  if (write.draft !== true) return AUTHOR_LIVE_WRITE_REFUSAL
  return null
}

/**
 * `update` access for content with drafts. Publishers and admins: yes. Authors: unless the
 * write publishes (`data._status === 'published'`). Payload's admin asks this with the document
 * and `_status: 'published'` to decide whether to show Publish, Unpublish and Schedule, so
 * authors do not see them. Anyone else: no. (hooks/draftsOnlyForAuthors.ts refuses the rest.)
 */
export const canSaveDraftOrPublish: Access = ({ req, data }) => {
  if (hasRole(req.user, ...PUBLISHING_ROLES)) return true
  if (!hasRole(req.user, 'author')) return false
  return (data as { _status?: unknown } | undefined)?._status !== 'published'
}

/** Authors may delete only what was never published (or was unpublished). */
export const NOT_PUBLISHED: Where = { _status: { not_equals: 'published' } }

/** `delete` access for content with drafts: publishers and admins any; authors unpublished only. */
export const canDeleteContent: Access = ({ req }) => {
  if (hasRole(req.user, ...PUBLISHING_ROLES)) return true
  if (hasRole(req.user, 'author')) return NOT_PUBLISHED
  return false
}

// An id from a relationship value: the id itself, or a populated document.
export const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

export const SECOND_PERSON_REFUSAL =
  'This page needs a second person: you made the last change to its draft, so another publisher must check it and publish it.'

/**
 * Why a publisher may not publish a page that needs a second person (legal guides), or null.
 * Refused when the page needs a second person (now or in this very write) and the publisher
 * is the last person who changed its draft, or changes its text in the same write.
 */
export function secondPersonRefusal(check: {
  needsSecondPerson: boolean
  lastChangedBy: unknown
  publisher: unknown
  changesText: boolean
}): string | null {
  if (!check.needsSecondPerson) return null
  const last = idOf(check.lastChangedBy)
  const self = idOf(check.publisher)
  if (check.changesText) return SECOND_PERSON_REFUSAL
  if (last !== null && self !== null && String(last) === String(self)) return SECOND_PERSON_REFUSAL
  return null
}

/**
 * `update` access for pages: `canSaveDraftOrPublish`, and a publish of a page that needs a
 * second person is refused to the last person who changed it, as far as `data` shows (the admin
 * passes the whole document, so Publish is hidden for them). The stored document is checked by
 * fields/workflow.ts (`refuseSelfApproval`) before this runs, with a clearer message.
 */
export const canUpdatePage: Access = (args) => {
  const base = canSaveDraftOrPublish(args)
  const data = args.data as
    { _status?: unknown; needsSecondPerson?: unknown; lastChangedBy?: unknown } | undefined
  if (base !== true || data?._status !== 'published') return base
  const refusal = secondPersonRefusal({
    needsSecondPerson: data.needsSecondPerson === true,
    lastChangedBy: data.lastChangedBy,
    publisher: args.req.user?.id,
    changesText: false,
  })
  return refusal === null
}
