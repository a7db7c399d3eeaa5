import { getLocale, getTranslations } from 'next-intl/server'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { localeHref } from '@/lib/localeHref'
import { homeSections } from '@/lib/pages/sections'
import { listPages } from '@/lib/queries/pages'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = { councilName: string }
type NavItem = { href: string; label: string }

/** The council's own header: a text logo (no crown), the service name, menu and languages. */
export async function Header({ councilName }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  const tl = await getTranslations('LanguageSwitcher')
  const tt = await getTranslations('Tools')
  const tp = await getTranslations('Providers')
  const ts = await getTranslations('Search')
  // The guides section wherever editors have moved it (a renamed section keeps its menu link).
  const { overview } = homeSections(await listPages(locale))
  const items: NavItem[] = [
    ...(overview?.path ? [{ path: overview.path, label: t('navGuides') }] : []),
    { path: ROUTES.routeFinder, label: tt('navRouteFinder') },
    { path: ROUTES.deadlineCalculator, label: tt('navCalculator') },
    { path: ROUTES.letters, label: tt('navLetters') },
    { path: ROUTES.providers, label: tp('navLink') },
    { path: ROUTES.search, label: ts('navLink') },
  ].map(({ path, label }) => ({ href: localeHref(locale, path), label }))
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header app-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href={localeHref(locale)} className="govuk-generic-header__homepage-link">
              {councilName}
              <span className="app-header__product"> {t('localOffer')}</span>
            </a>
          </div>
        </div>
      </div>
      <section aria-label={t('serviceName')} className="govuk-service-navigation">
        <div className="govuk-width-container govuk-service-navigation__inlining-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href={localeHref(locale)} className="govuk-service-navigation__link">
                {t('serviceName')}
              </a>
            </span>
            <nav aria-label={t('navigation')} className="govuk-service-navigation__wrapper">
              {/* Wide screens: the links in a row. A phone gets them behind a "Menu" toggle, so
                  they do not push the page's heading below the fold; <details> opens and closes
                  without JavaScript. CSS shows one of the two (the other is display: none, so
                  assistive technology meets the links once). */}
              <NavList items={items} className="app-service-nav__wide" />
              <details className="app-service-nav__menu">
                <summary className="govuk-service-navigation__toggle app-service-nav__toggle">
                  {t('navigation')}
                </summary>
                <NavList items={items} />
              </details>
            </nav>
          </div>
          <LanguageSwitcher current={locale} label={tl('label')} />
        </div>
      </section>
    </header>
  )
}

function NavList({ items, className }: { items: NavItem[]; className?: string }) {
  return (
    <ul className={`govuk-service-navigation__list${className ? ` ${className}` : ''}`}>
      {items.map(({ href, label }) => (
        <li key={href} className="govuk-service-navigation__item">
          <a className="govuk-service-navigation__link" href={href}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  )
}
