import type { Metadata } from 'next'
import { useLocale } from 'next-intl'
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server'

import { ErrorSummary, TextInput } from '@/components/govuk'
import { BreadcrumbJsonLd } from '@/components/JsonLd'
import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { cachedSearch, type SearchHit } from '@/lib/search/queries'
import { QUERY_MAX, QUERY_MIN, highlight, snippet, type ParsedQuery } from '@/lib/search/query'
import { ROUTES } from '@/lib/routes/publicRoutes'

const PATH = ROUTES.search

/**
 * The search page's metadata: indexed only as the empty form; a results or error page is
 * `noindex, follow`, and an error puts "Error:" before the title (pageMetadata).
 */
export async function searchMetadata(locale: Locale, parsed: ParsedQuery): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const title = t('title')
  const hasError = parsed.kind === 'invalid'
  // Result pages are not for search engines: only the empty search page is indexed.
  const robots = parsed.kind === 'none' ? undefined : { index: false, follow: true }
  return {
    ...(await pageMetadata({ locale, path: PATH, title, description: t('description'), hasError })),
    robots,
  }
}

/**
 * The search page for a parsed `?q=`: the form, an error, or the results from cachedSearch.
 * `allowed` is the reader's rate limit, asked only when the query misses the data cache; the
 * page kept in the page cache (results/[key]) passes none, since proxy.ts counted the search.
 */
export async function SearchView({
  locale,
  parsed,
  allowed = async () => true,
}: {
  locale: Locale
  parsed: ParsedQuery
  allowed?: () => Promise<boolean>
}) {
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Search' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  // Cached answers are free; only a query that reaches the database counts against the limit.
  const found = parsed.kind === 'ok' ? await cachedSearch(locale, parsed.query, allowed) : null
  const limited = found === 'rateLimited'
  const results = found === 'rateLimited' ? null : found
  const error =
    parsed.kind === 'invalid'
      ? t(`errors.${parsed.error}`, { max: QUERY_MAX, min: QUERY_MIN })
      : limited
        ? t('errors.rateLimited')
        : undefined
  const query = parsed.kind === 'none' ? '' : parsed.query

  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: PATH }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            title={tf('errorSummaryTitle')}
            items={error ? [{ href: '#q', text: error }] : []}
          />
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <form method="get" action={localeHref(locale, PATH)} role="search" noValidate>
            <TextInput
              id="q"
              name="q"
              type="search"
              label={{ text: t('label'), classes: 'govuk-label--m' }}
              hint={{ text: t('hint') }}
              errorMessage={error ? { text: error, visuallyHiddenText: tf('error') } : undefined}
              value={query}
              spellcheck
            />
            <button type="submit" className="govuk-button">
              {t('submit')}
            </button>
          </form>
          {results && parsed.kind === 'ok' && (
            <Results query={parsed.query} terms={parsed.terms} {...results} />
          )}
        </div>
      </div>
    </main>
  )
}

async function Results({
  query,
  terms,
  guides,
  providers,
}: {
  query: string
  terms: string[]
  guides: SearchHit[]
  providers: SearchHit[]
}) {
  const locale = await getLocale()
  const t = await getTranslations('Search')
  const count = guides.length + providers.length
  return (
    <section aria-labelledby="results-heading">
      <h2 className="govuk-heading-l" id="results-heading">
        {t('resultsHeading', { query })}
      </h2>
      <p className="govuk-body" role="status">
        {t('resultsCount', { count })}
      </p>
      {count === 0 && (
        <>
          <p className="govuk-body">{t('noResults', { query })}</p>
          <p className="govuk-body">{t('noResultsHint')}</p>
          <p className="govuk-body">
            <a className="govuk-link" href={localeHref(locale, 'resolving-a-disagreement')}>
              {t('browseGuides')}
            </a>
          </p>
        </>
      )}
      <HitList heading={t('guidesHeading')} hits={guides} terms={terms} />
      <HitList heading={t('providersHeading')} hits={providers} terms={terms} />
    </section>
  )
}

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return highlight(text, terms).map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
  )
}

function HitList(props: { heading: string; hits: SearchHit[]; terms: string[] }) {
  const { heading, hits, terms } = props
  const locale = useLocale()
  if (hits.length === 0) return null
  return (
    <>
      <h3 className="govuk-heading-m">{heading}</h3>
      <ul className="govuk-list app-search-results">
        {hits.map((hit) => (
          <li key={hit.path}>
            <a className="govuk-link govuk-!-font-weight-bold" href={localeHref(locale, hit.path)}>
              <Marked text={hit.title} terms={terms} />
            </a>
            <p className="govuk-body-s">
              <Marked text={snippet(hit.text, terms)} terms={terms} />
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
