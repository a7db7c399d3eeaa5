import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import type { PageSummary } from '@/lib/queries/pages'

/** Linked titles with their summaries: the guides on the home page and a section's children. */
export function GuideList({ guides, locale }: { guides: PageSummary[]; locale: Locale }) {
  return (
    <ul className="app-card-list">
      {guides.map((guide) => (
        <li key={guide.id} className="app-card-list__item">
          <h3 className="govuk-heading-m govuk-!-margin-bottom-1">
            <a className="govuk-link" href={localeHref(locale, guide.path ?? '')}>
              {guide.title}
            </a>
          </h3>
          {guide.summary && <p className="govuk-body">{guide.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
