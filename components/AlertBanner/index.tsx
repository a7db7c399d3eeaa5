import { getLocale, getTranslations } from 'next-intl/server'

import { localeDir } from '@/i18n/locales'
import { dismissalKey } from '@/lib/alertBanner/dismissal'
import { getAlertBanners } from '@/lib/alertBanner/query'

/** The stylesheet that hides the banners this reader dismissed (see app/api/alert-banner). */
export const DISMISSED_STYLESHEET = '/api/alert-banner/dismissed.css'
export const DISMISS_ACTION = '/api/alert-banner/dismiss'

/**
 * Editors' alert banners in GOV.UK notification banner markup. `pageId: null` renders the
 * site-wide ones (the layout), a page id those limited to that guide. A region, not an alert:
 * GOV.UK keeps role="alert" for the result of the reader's own action, and this one is on every
 * page load. The page stays static: a dismissed banner is hidden by a same-origin stylesheet
 * that reads the dismissal cookie, so it works without JavaScript. On a phone only the title
 * shows, opening to the rest (styles.scss), so the page's heading stays on the first screen;
 * the region keeps its full name from the wide version's heading either way.
 */
export async function AlertBanners({ pageId }: { pageId: number | string | null }) {
  const locale = await getLocale()
  const banners = await getAlertBanners(locale, pageId)
  if (banners.length === 0) return null
  const t = await getTranslations('AlertBanner')
  return (
    <>
      {/* React hoists this into <head> once, however many slots render banners. */}
      <link rel="stylesheet" href={DISMISSED_STYLESHEET} precedence="default" />
      {banners.map((banner) => {
        const key = dismissalKey(banner)
        const id = `alert-banner-${banner.id}`
        const foreign =
          banner.lang !== locale ? { lang: banner.lang, dir: localeDir(banner.lang) } : {}
        const body = (
          <>
            {banner.paragraphs.map((paragraph, i) => (
              <p className="govuk-body" key={i} {...foreign}>
                {paragraph}
              </p>
            ))}
            {banner.link && (
              <p className="govuk-body">
                <a
                  className="govuk-notification-banner__link"
                  href={banner.link.href}
                  {...(banner.link.lang !== locale
                    ? { lang: banner.link.lang, hrefLang: banner.link.lang }
                    : {})}
                >
                  {banner.link.label}
                </a>
              </p>
            )}
          </>
        )
        return (
          <div
            key={key}
            className={`govuk-notification-banner app-alert-banner app-alert-banner--${banner.severity}`}
            role="region"
            aria-labelledby={`${id}-title ${id}-heading`}
            data-dismiss-key={key}
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
                {t(banner.severity)}
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              {/* Tablet and up: the whole message. */}
              <div className="app-alert-banner__wide">
                <p className="govuk-notification-banner__heading" id={`${id}-heading`} {...foreign}>
                  {banner.title}
                </p>
                {body}
              </div>
              {/* A phone: the title, which opens to the rest (<details>, no JavaScript), so the
                  page's own heading stays on the first screen. */}
              <details className="govuk-details app-alert-banner__narrow">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text" {...foreign}>
                    {banner.title}
                  </span>
                </summary>
                <div className="govuk-details__text">{body}</div>
              </details>
              <form method="post" action={DISMISS_ACTION} className="app-alert-banner__dismiss">
                <input type="hidden" name="key" value={key} />
                <input type="hidden" name="locale" value={locale} />
                <button
                  type="submit"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                >
                  {t('hide')}
                  <span className="govuk-visually-hidden" {...foreign}>
                    {`: ${banner.title}`}
                  </span>
                </button>
              </form>
            </div>
          </div>
        )
      })}
    </>
  )
}
