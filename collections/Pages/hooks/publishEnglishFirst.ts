import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'

/**
 * Publishing one translation of a page that is not live refuses with 400. Payload builds the
 * live page from its last published version plus this language: with none, the page would go
 * live with no English (the language every other one falls back to), or bring back an English
 * text that was unpublished.
 */
export const publishEnglishFirst: CollectionBeforeOperationHook = async ({ args, operation }) => {
  if (operation !== 'update') return args
  const { id, publishSpecificLocale: locale } = args as {
    id?: number | string
    publishSpecificLocale?: string
  }
  if (!locale || locale === defaultLocale || id === undefined) return args
  const { totalDocs } = await args.req.payload.count({
    collection: 'pages',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req: args.req,
  })
  if (totalDocs === 0) {
    throw new APIError(
      'Publish the English version first: a translation goes live alongside a published page.',
      400,
      undefined,
      true,
    )
  }
  return args
}
