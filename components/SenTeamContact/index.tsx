import { getLocale, getTranslations } from 'next-intl/server'

import { senTeamContact, type ContactLink } from '@/lib/contact/senTeam'
import { getSiteSettings } from '@/lib/queries/siteSettings'

type Props = {
  /** The footer's colours and links, or a block in a page's text. */
  variant?: 'footer' | 'page'
  headingLevel?: 2 | 3
  /** Say when to contact the team (pages whose text does not already say it). */
  lead?: boolean
}

/**
 * The council SEN team's phone, e-mail, hours and address from Site settings, wherever a page
 * tells families to contact the team. Renders nothing while staff have entered no way to reach it.
 */
export async function SenTeamContact({ variant = 'page', headingLevel = 2, lead }: Props) {
  const locale = await getLocale()
  const settings = await getSiteSettings(locale)
  const contact = senTeamContact(settings)
  if (!contact) return null
  const t = await getTranslations('SenTeamContact')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const footer = variant === 'footer'
  const linkClass = footer ? 'govuk-footer__link' : 'govuk-link'
  return (
    <div className={footer ? 'govuk-footer__section app-sen-contact' : 'app-sen-contact'}>
      <Heading className={footer || headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>
        {t('heading', { team: contact.name ?? t('councilTeam') })}
      </Heading>
      {lead && <p className="govuk-body">{t('lead', { council: settings.councilName })}</p>}
      <dl className="app-sen-contact__list">
        {contact.phone && <Row label={t('phone')} link={contact.phone} linkClass={linkClass} />}
        {contact.email && <Row label={t('email')} link={contact.email} linkClass={linkClass} />}
        {contact.hours && <Row label={t('hours')} text={contact.hours} />}
        {contact.address.length > 0 && (
          <Row label={t('address')} text={contact.address.join('\n')} address />
        )}
      </dl>
    </div>
  )
}

const ENGLISH = { lang: 'en', dir: 'ltr' } as const

type RowProps = {
  label: string
  link?: ContactLink
  linkClass?: string
  text?: string
  address?: boolean
}

function Row({ label, link, linkClass, text, address }: RowProps) {
  return (
    <div className="app-sen-contact__row">
      <dt>{label}</dt>
      {link ? (
        <dd>
          {/* Numbers and e-mail addresses read left to right, in Urdu too. */}
          {link.href ? (
            <a className={linkClass} href={link.href} dir="ltr">
              {link.text}
            </a>
          ) : (
            <span dir="ltr">{link.text}</span>
          )}
        </dd>
      ) : (
        // Staff type the address in English, one part per line.
        <dd className={address ? 'app-address' : undefined} {...(address ? ENGLISH : {})}>
          {text}
        </dd>
      )}
    </div>
  )
}
