import { getLocale, getTranslations } from 'next-intl/server'

import { SenTeamContact } from '@/components/SenTeamContact'
import { localeHref } from '@/lib/localeHref'
import type { SiteSetting } from '@/payload-types'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = { settings: SiteSetting }

export async function Footer({ settings }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  const tg = await getTranslations('Glossary')
  const links = settings.footerLinks ?? []
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <SenTeamContact variant="footer" />
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{t('footerHeading')}</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={localeHref(locale, ROUTES.glossary)}>
                  {tg('footerLink')}
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href={localeHref(locale, ROUTES.youSaidWeDid)}>
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
