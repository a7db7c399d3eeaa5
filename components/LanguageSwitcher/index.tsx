'use client'

import { Link, usePathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'

/** Links to the same page in every other language; works without JavaScript (plain links). */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname()
  return (
    <nav className="govuk-language-navigation app-language-navigation" aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {locales.map((locale) => (
          <li key={locale.code} className="govuk-language-navigation__list-item">
            {locale.code === current ? (
              <span
                className="govuk-language-navigation__text"
                aria-current="true"
                lang={locale.code}
                dir={locale.dir}
              >
                {locale.nativeName}
              </span>
            ) : (
              <Link
                className="govuk-language-navigation__link"
                href={pathname}
                locale={locale.code}
                lang={locale.code}
                hrefLang={locale.code}
                dir={locale.dir}
                rel="alternate"
                prefetch={false}
              >
                {locale.nativeName}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
