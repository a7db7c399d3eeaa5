import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { pageLocale } from '@/i18n/pageLocale'
import { LETTER_IDS, LETTERS } from '@/lib/letters/definitions'
import { localeHref } from '@/lib/localeHref'
import { namespaceMetadata } from '@/lib/metadata'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = PageProps<'/[locale]/letters'>

const PATH = ROUTES.letters

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return namespaceMetadata({ locale, path: PATH, namespace: 'Letters' })
}

/** The letter builder's start: the six letters, each with who it goes to. */
export default async function LettersPage({ params }: Props) {
  const locale = await pageLocale(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Letters' })
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: PATH }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <p className="govuk-body">{t('inEnglish')}</p>
          <div className="govuk-inset-text">{t('privacy')}</div>
          <h2 className="govuk-heading-l">{t('chooseHeading')}</h2>
          <ul className="app-card-list">
            {LETTER_IDS.map((id) => (
              <li key={id} className="app-card-list__item">
                <h3 className="govuk-heading-m govuk-!-margin-bottom-1">
                  <a className="govuk-link" href={localeHref(locale, `${PATH}/${id}`)}>
                    {t(`letters.${id}.title`)}
                  </a>
                </h3>
                <p className="govuk-body govuk-!-margin-bottom-1">{t(`letters.${id}.summary`)}</p>
                <p className="govuk-body-s app-secondary-text">
                  {t('sentTo', { recipient: t(`recipients.${LETTERS[id].recipient}`) })}
                </p>
              </li>
            ))}
          </ul>
          <NotLegalAdvice />
        </div>
      </div>
    </main>
  )
}
