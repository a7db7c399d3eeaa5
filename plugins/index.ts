import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { CollectionAfterChangeHook, Field, Plugin } from 'payload'

import { redirectsOverrides } from '@/collections/Redirects'
import { defaultLocale } from '@/i18n/locales'
import { generateDescription, generateTitle, generateURL, META_TITLE_MAX } from '@/lib/seo/generate'

type Doc = { slug?: unknown }

/**
 * Parents and breadcrumbs for pages (@payloadcms/plugin-nested-docs). Breadcrumb URLs are the
 * page paths without a language (`/resolving-a-disagreement/mediation`); the page's own `path`
 * is its last breadcrumb (collections/Pages/hooks/pathFromBreadcrumbs.ts).
 *
 * The plugin re-saves a published page's children in the editor's language, with values read
 * with fallback. Slugs, paths and breadcrumbs are shared by every language, so one re-save in
 * English moves the children for every language, and reading in English never copies English
 * text into an empty Polish or Urdu field (which a re-save in Polish would).
 */
const nestedDocs: Plugin = async (config) => {
  const withPlugin = await nestedDocsPlugin({
    collections: ['pages'],
    generateURL: (docs) => docs.map((doc) => `/${(doc as Doc).slug ?? ''}`).join(''),
  })(config)
  return {
    ...withPlugin,
    collections: withPlugin.collections?.map((collection) => {
      if (collection.slug !== 'pages') return collection
      const [resaveChildren, ...rest] = collection.hooks?.afterChange ?? []
      if (!resaveChildren) return collection
      return {
        ...collection,
        hooks: { ...collection.hooks, afterChange: [inDefaultLocale(resaveChildren), ...rest] },
      }
    }),
  }
}

function inDefaultLocale(hook: CollectionAfterChangeHook): CollectionAfterChangeHook {
  return async (args) => {
    const { req } = args
    const { locale, fallbackLocale } = req
    req.locale = defaultLocale
    try {
      return await hook(args)
    } finally {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    }
  }
}

/** The same limits and hints the hand-written fields had, on the plugin's fields. */
const seoFieldLimits = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'title' && field.type === 'text') {
      return {
        ...field,
        maxLength: META_TITLE_MAX,
        admin: {
          ...field.admin,
          description: 'Shown as the link in search results. Empty: the title.',
        },
      }
    }
    if (field.name === 'description' && field.type === 'textarea') {
      return {
        ...field,
        // As before (existing descriptions up to 200 stay valid); "Auto-generate" gives ~160.
        maxLength: 200,
        admin: { ...field.admin, description: 'Shown under the link. Empty: the summary.' },
      }
    }
    return field
  })

/**
 * The official Payload plugins the portal uses, in order: nested docs (parents, breadcrumbs),
 * redirects (editable, and left automatically by renamed pages), SEO (per-language title and
 * description for pages and providers, stored exactly where the hand-written fields were).
 */
export const plugins: Plugin[] = [
  nestedDocs,
  redirectsPlugin({
    collections: ['pages'],
    redirectTypes: ['301', '302'],
    redirectTypeFieldOverride: { defaultValue: '301' },
    overrides: redirectsOverrides,
  }),
  seoPlugin({
    collections: ['pages', 'providers'],
    generateTitle,
    generateDescription,
    generateURL,
    fields: seoFieldLimits,
  }),
]
