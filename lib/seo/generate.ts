import { defaultLocale, isLocale } from '@/i18n/locales'
import { serverUrl } from '@/lib/env'
import { localeHref } from '@/lib/localeHref'
import { ROUTES, providerPath } from '@/lib/routes/publicRoutes'

/** Lengths search engines show in full (title ~60-70 characters, description ~150-160). */
export const META_TITLE_MAX = 70
export const META_DESCRIPTION_MAX = 160

/**
 * Text cut to at most `max` characters at a word boundary, whitespace collapsed; a single word
 * longer than `max` is cut hard. '' for nothing.
 */
export function clip(text: unknown, max: number): string {
  if (typeof text !== 'string') return ''
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return (space > 0 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,;:.-]+$/, '')
}

type SeoDoc = {
  title?: unknown
  name?: unknown
  summary?: unknown
  description?: unknown
  path?: unknown
  slug?: unknown
}
type SeoArgs = { doc?: SeoDoc | null; locale?: string; collectionConfig?: { slug: string } }

/**
 * The SEO plugin's "Auto-generate" buttons, in the language being edited (the plugin hands the
 * form's values in that language). The site adds " | <site name>" itself (the layout's title
 * template), so the title is the page's own: a guide's title, a provider's name.
 */
export function generateTitle({ doc }: SeoArgs): string {
  return clip(doc?.title ?? doc?.name, META_TITLE_MAX)
}

/** A guide's summary or a provider's description, cut to about 160 characters. */
export function generateDescription({ doc }: SeoArgs): string {
  return clip(doc?.summary ?? doc?.description, META_DESCRIPTION_MAX)
}

/**
 * The public URL in the edited language: `https://site/pl/resolving-a-disagreement/mediation`
 * for a page, `https://site/ur/providers/<slug>` for a provider; the home page of the language
 * when the document has no path yet.
 */
export function generateURL({ doc, locale, collectionConfig }: SeoArgs): string {
  const code = isLocale(locale) ? locale : defaultLocale
  const path =
    collectionConfig?.slug === 'providers'
      ? typeof doc?.slug === 'string' && doc.slug
        ? providerPath(doc.slug)
        : ROUTES.providers
      : typeof doc?.path === 'string'
        ? doc.path
        : ''
  return `${serverUrl()}${localeHref(code, path)}`
}
