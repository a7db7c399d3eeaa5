import { getLocale, getTranslations } from 'next-intl/server'

import { localeHref } from '@/lib/localeHref'
import { langProps, type ProviderView } from '@/lib/providers/localized'
import type { Provider } from '@/payload-types'
import { providerPath } from '@/lib/routes/publicRoutes'

type Props = { providers: ProviderView<Provider>[]; councilName?: string }

/** The matching providers, or a plain "no services found" with what to try next. */
export async function ProviderResults({ providers, councilName }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('Providers')
  const heading = councilName ? t('resultsFor', { council: councilName }) : t('resultsHeading')
  return (
    <section aria-labelledby="results-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="results-heading">
        {heading}
      </h2>
      <p className="govuk-body" role="status">
        {t('resultsCount', { count: providers.length })}
      </p>
      {providers.length === 0 ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">{t('noResults')}</p>
          <p className="govuk-body">{t('noResultsHint')}</p>
        </div>
      ) : (
        <ul className="govuk-list app-provider-list">
          {providers.map((provider) => (
            <li key={provider.id} className="app-provider-list__item">
              <h3 className="govuk-heading-m govuk-!-margin-bottom-1">
                <a className="govuk-link" href={localeHref(locale, providerPath(provider.slug))}>
                  {provider.name}
                </a>
              </h3>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <strong className="govuk-tag govuk-tag--grey">{t(`kinds.${provider.kind}`)}</strong>
                {provider.status === 'temporarily-closed' && (
                  <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">
                    {t('temporarilyClosed')}
                  </strong>
                )}
              </p>
              <p className="govuk-body" {...langProps(provider.description)}>
                {provider.description.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
