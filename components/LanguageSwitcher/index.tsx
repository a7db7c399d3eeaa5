'use client'

import { usePathname } from 'next/navigation'

import { locales, type Locale } from '@/i18n/locales'

/**
 * Links to the same page in every other language; plain links, so they work without JavaScript.
 * Only Next's own usePathname runs in the browser: next-intl's client navigation would add its
 * runtime to every page for a prefix swap.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  // Every public path starts with the locale (proxy.ts), so the rest is the same page.
  const rest = usePathname().replace(/^\/[^/]+/, '')
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
              <a
                className="govuk-language-navigation__link"
                href={`/${locale.code}${rest}`}
                lang={locale.code}
                hrefLang={locale.code}
                dir={locale.dir}
                rel="alternate"
              >
                {locale.nativeName}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
