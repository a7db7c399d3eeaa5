import type { CollectionBeforeOperationHook, GlobalConfig } from 'payload'

type GlobalBeforeOperationHook = NonNullable<
  NonNullable<GlobalConfig['hooks']>['beforeOperation']
>[number]

const WRITES = new Set(['create', 'update', 'updateByID'])

/**
 * A write answers with the document in the language written, without fallback values.
 *
 * Why: Payload's admin publishes with `?locale=pl` but without `fallback-locale=null`, then
 * rebuilds the form from the answer. With fallback on, an empty Polish summary came back as the
 * English one, sat in the Polish form, and the next autosave stored it as Polish. Reads for
 * readers still fall back (and say so); only the answer to a write is affected. Nested Local API
 * calls in hooks are unaffected: each sets its own fallback from its own arguments.
 */
export const noFallbackOnWrite: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (WRITES.has(operation) && args.req) args.req.fallbackLocale = false
  return args
}

/** The same for a global's update (site settings). */
export const noFallbackOnGlobalWrite: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' && args?.req) args.req.fallbackLocale = false
  return args
}
