import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import type { SiteSetting } from '@/payload-types'

type Props = { locale: Locale; settings: SiteSetting }

export async function Footer({ locale, settings }: Props) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const tg = await getTranslations({ locale, namespace: 'Glossary' })
  const team = settings.senTeam
  const links = settings.footerLinks ?? []
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        {team?.name && (
          <div className="govuk-footer__section app-footer__contact">
            <h2 className="govuk-footer__heading govuk-heading-m">
              {t('footerContactHeading', { team: team.name })}
            </h2>
            <dl className="app-footer__contact-list">
              {team.phone && (
                <ContactRow
                  label={t('footerPhone')}
                  value={team.phone}
                  href={`tel:${team.phone.replace(/\s/g, '')}`}
                />
              )}
              {team.email && (
                <ContactRow
                  label={t('footerEmail')}
                  value={team.email}
                  href={`mailto:${team.email}`}
                />
              )}
              {team.hours && <ContactRow label={t('footerHours')} value={team.hours} />}
            </dl>
            {team.address && <p className="govuk-body app-footer__address">{team.address}</p>}
          </div>
        )}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{t('footerHeading')}</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={localeHref(locale, 'glossary')}>
                  {tg('footerLink')}
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={localeHref(locale, 'you-said-we-did')}>
                  {t('footerYouSaidWeDid')}
                </a>
              </li>
              {links.map((link) => (
                <li key={link.id ?? link.url} className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href={link.url}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s app-footer__copyright">
              {t('footerCopyright', { council: settings.councilName })}
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}

function ContactRow({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <div className="app-footer__contact-row">
      <dt>{label}</dt>
      <dd>
        {href ? (
          // Phone numbers and emails read left to right, in Urdu too.
          <a className="govuk-footer__link" href={href} dir="ltr">
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
    </div>
  )
}
