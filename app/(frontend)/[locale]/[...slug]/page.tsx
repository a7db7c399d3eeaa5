import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { AlertBanners } from '@/components/AlertBanner'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { CallbackForm } from '@/components/CallbackForm'
import { ContentsList } from '@/components/ContentsList'
import { FallbackNotice } from '@/components/FallbackNotice'
import { BreadcrumbJsonLd, JsonLd } from '@/components/JsonLd'
import { GuideList } from '@/components/GuideList'
import { ReviewDates } from '@/components/ReviewDates'
import { RichText } from '@/components/RichText'
import { isLexicalDocument, questionsAndAnswers } from '@/lib/richText/lexical'
import { defaultLocale, isLocale, localeCodes, type Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { faqJsonLd } from '@/lib/seo/jsonLd'
import type { Page } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload'
import { getPageByPath, listPages, listPublishedPages } from '@/lib/queries/pages'
import { richTextRefs } from '@/lib/queries/richTextRefs'
import { findRedirect } from '@/lib/redirects/query'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = PageProps<'/[locale]/[...slug]'>

// Published pages are prerendered; a page published later renders once, then is cached too.
export const dynamicParams = true
// Publishing revalidates at once; the daily pass turns "Next review due" into "This page is
// being reviewed" on the due day even when nobody edits the page (components/ReviewDates).
export const revalidate = 86400

export async function generateStaticParams() {
  const pages = await listPublishedPages()
  return localeCodes.flatMap((locale) =>
    pages.map(({ path }) => ({ locale, slug: path.split('/') })),
  )
}

async function load(params: Props['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const path = slug.join('/')
  const result = await getPageByPath(locale, path, draft)
  if (!result) {
    // An old address of a renamed or moved page, or one an editor redirected (redirects admin).
    const target = await findRedirect(`/${locale}/${path}`)
    if (target) (target.permanent ? permanentRedirect : redirect)(target.to)
    notFound()
  }
  return { locale, draft, ...result }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params)
  return pageMetadata({
    locale,
    path: page.path ?? '',
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.summary,
  })
}

export default async function GuidePage({ params }: Props) {
  const { locale, draft, page, isFallback } = await load(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Page' })
  const tb = await getTranslations({ locale, namespace: 'Breadcrumbs' })
  const tp = await getTranslations({ locale, namespace: 'Providers' })
  const pages = await listPages(locale)
  const ancestors = ancestorsOf(page, pages, locale)
  const children = pages.filter((p) => p.parentId === page.id)
  const english = isFallback ? { lang: 'en', dir: 'ltr' as const } : {}
  // Links follow the linked page's current path; images carry alt text in the body's language.
  const refs = await richTextRefs(
    await getPayloadClient(),
    page.body,
    isFallback ? defaultLocale : locale,
    pages,
  )

  return (
    <>
      {/* Banners limited to this guide; the layout shows the site-wide ones just above. */}
      <AlertBanners pageId={page.id} />
      <Breadcrumbs
        label={tb('label')}
        items={[{ label: tb('home'), href: localeHref(locale) }, ...ancestors]}
      />
      <main className="govuk-main-wrapper" id="main-content">
        <BreadcrumbJsonLd trail={[...ancestors, { label: page.title, path: page.path ?? '' }]} />
        {page.structuredData === 'faq' && isLexicalDocument(page.body) && (
          <JsonLd data={faqJsonLd(questionsAndAnswers(page.body.root))} />
        )}
        {draft && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">{t('draftBanner')}</strong>
          </div>
        )}
        {isFallback && <FallbackNotice />}
        <div className="govuk-grid-row" {...english}>
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-xl">{page.title}</h1>
            {page.summary && <p className="govuk-body-l">{page.summary}</p>}
            <ContentsList data={page.body} label={t('contents')} />
            <RichText data={page.body} refs={refs} />
            {children.length > 0 && (
              <>
                <h2 className="govuk-heading-l">{t('inThisSection')}</h2>
                <GuideList guides={children} />
              </>
            )}
          </div>
        </div>
        <div className="govuk-inset-text">
          <p className="govuk-body">
            <a className="govuk-link" href={localeHref(locale, ROUTES.providers)}>
              {tp('homeLink')}
            </a>
          </p>
          <p className="govuk-body">{tp('homeLead')}</p>
        </div>
        {page.callbackForm && (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <CallbackForm />
            </div>
          </div>
        )}
        {locale !== defaultLocale && !isFallback && (
          <p className="govuk-body-s app-translation-note">
            {t('englishAuthoritative')}{' '}
            <a
              className="govuk-link"
              href={localeHref(defaultLocale, page.path ?? '')}
              hrefLang="en"
            >
              {t('readInEnglish')}
            </a>
          </p>
        )}
        <ReviewDates
          updatedAt={page.contentUpdatedAt ?? page.updatedAt}
          lastReviewed={page.lastReviewed}
          nextReview={page.nextReview}
        />
      </main>
    </>
  )
}

/**
 * The pages above this one, from the nested-docs breadcrumbs (ids and current paths), each with
 * its title in the reader's language. Unpublished ancestors are left out. A page saved before
 * the plugin and not migrated (a MongoDB database) has none yet: its path's prefixes stand in.
 */
function ancestorsOf(page: Page, pages: Awaited<ReturnType<typeof listPages>>, locale: Locale) {
  const crumbs = page.breadcrumbs ?? []
  const segments = (page.path ?? '').split('/').slice(0, -1)
  const ancestors =
    crumbs.length > 0
      ? crumbs.slice(0, -1).map((crumb) => {
          const id = typeof crumb.doc === 'object' && crumb.doc ? crumb.doc.id : crumb.doc
          return pages.find((p) => p.id === id)
        })
      : segments.map((_, i) => pages.find((p) => p.path === segments.slice(0, i + 1).join('/')))
  return ancestors.flatMap((ancestor) =>
    ancestor?.path
      ? [{ label: ancestor.title, href: localeHref(locale, ancestor.path), path: ancestor.path }]
      : [],
  )
}
