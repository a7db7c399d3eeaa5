import { getLocale, getTranslations } from 'next-intl/server'

import { localeHref } from '@/lib/localeHref'
import { ROUTES } from '@/lib/routes/publicRoutes'

/**
 * The home page's links to the route finder, the deadline calculator, the EHC timeline and the
 * letter builder.
 */
export async function ToolsList() {
  const locale = await getLocale()
  const t = await getTranslations('Tools')
  const tools = [
    {
      path: ROUTES.routeFinder,
      link: t('routeFinderLink'),
      description: t('routeFinderDescription'),
    },
    {
      path: ROUTES.deadlineCalculator,
      link: t('calculatorLink'),
      description: t('calculatorDescription'),
    },
    {
      path: ROUTES.ehcTimeline,
      link: t('timelineLink'),
      description: t('timelineDescription'),
    },
    { path: ROUTES.letters, link: t('lettersLink'), description: t('lettersDescription') },
  ]
  return (
    <>
      <h2 className="govuk-heading-l">{t('heading')}</h2>
      <ul className="app-card-list">
        {tools.map((tool) => (
          <li key={tool.path} className="app-card-list__item">
            <h3 className="govuk-heading-m govuk-!-margin-bottom-1">
              <a className="govuk-link" href={localeHref(locale, tool.path)}>
                {tool.link}
              </a>
            </h3>
            <p className="govuk-body">{tool.description}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
