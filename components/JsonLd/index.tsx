import { getLocale, getTranslations } from 'next-intl/server'

import { serverUrl } from '@/lib/env'
import { localeHref } from '@/lib/localeHref'
import { breadcrumbJsonLd, serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines, escaped so CMS text cannot end the script element. */
export function JsonLd({ data }: { data: Record<string, unknown> | null }) {
  if (!data) return null
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}

type Step = { label: string; path: string }

/** BreadcrumbList from the home page through `trail` (ending with the page itself). */
export async function BreadcrumbJsonLd({ trail }: { trail: Step[] }) {
  const locale = await getLocale()
  const t = await getTranslations('Breadcrumbs')
  const base = serverUrl()
  const steps = [{ label: t('home'), path: '' }, ...trail]
  return (
    <JsonLd
      data={breadcrumbJsonLd(
        steps.map((step) => ({ name: step.label, url: `${base}${localeHref(locale, step.path)}` })),
      )}
    />
  )
}
