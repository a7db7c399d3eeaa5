import type { Metadata } from 'next'
import type { Messages } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { translator } from '@/lib/api/translator'
import { serverUrl } from '@/lib/env'
import { localeHref } from '@/lib/localeHref'
import { alternateUrls } from '@/lib/seo/alternates'

type Args = {
  locale: Locale
  path: string
  title: string
  description?: string | null
  /** The page shows a form with errors: the title starts "Error: " (GOV.UK error pattern). */
  hasError?: boolean
}

/**
 * Title, description, canonical URL and hreflang alternates (every locale plus x-default).
 * `path` is below the locale (lib/routes/publicRoutes.ts); with `hasError` the title is prefixed
 * with "Error: " in the reader's language, so screen reader users hear at once that the form has
 * a problem.
 */
export async function pageMetadata(args: Args): Promise<Metadata> {
  const { locale, path, title: name, description, hasError } = args
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const title = hasError ? `${tf('error')}: ${name}` : name
  const base = serverUrl()
  const languages = alternateUrls(base, path)
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: `${base}${localeHref(locale, path)}`, languages },
    openGraph: {
      title,
      description: description ?? undefined,
      url: `${base}${localeHref(locale, path)}`,
      locale,
      type: 'website',
    },
  }
}

/** The message namespaces that hold a page's `title` and `description`. */
export type TitledNamespace = {
  [N in keyof Messages]: Messages[N] extends { title: string; description: string } ? N : never
}[keyof Messages]

/**
 * pageMetadata for a page whose title and description are the `title` and `description` messages
 * of `namespace` in `locale` (the tools, the glossary, ...). Same result shape as pageMetadata.
 */
export async function namespaceMetadata(
  args: Omit<Args, 'title' | 'description'> & { namespace: TitledNamespace },
): Promise<Metadata> {
  const { namespace, ...rest } = args
  const t = await translator(args.locale, namespace)
  return pageMetadata({ ...rest, title: t('title'), description: t('description') })
}
