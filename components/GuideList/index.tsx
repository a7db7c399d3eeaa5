import { getLocale } from 'next-intl/server'

import { localeHref } from '@/lib/localeHref'
import type { PageSummary } from '@/lib/queries/pages'

/** Linked titles with their summaries: the guides on the home page and a section's children. */
export async function GuideList({ guides }: { guides: PageSummary[] }) {
  const locale = await getLocale()
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
