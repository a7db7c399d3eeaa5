// The public templates the benchmarks visit: [name, path below `/{locale}` with its query].
export const TEMPLATES = [
  ['home', ''],
  ['guide', 'resolving-a-disagreement/what-to-do-if'],
  ['guide+form', 'resolving-a-disagreement/mediation'], // carries the call-back form
  ['providers', 'providers'],
  ['provider', 'providers/global-mediation'], // carries the call-back form
  ['route question', 'route-finder'],
  ['route result', 'route-finder/result?about=social-care-assessment&age=18&council=E08000014'],
  ['calculator', 'deadline-calculator?decision-day=31&decision-month=5&decision-year=2027'],
  ['search', 'search'],
  ['search results', 'search?q=tribunal'], // noindex on purpose: SEO's is-crawlable fails
  ['glossary', 'glossary'],
  ['404', 'no-such-page-here'], // audited with ignoreStatusCode: SEO counts the 404 against it
]

/** `/{locale}/{path}` for a template's path. */
export const templateUrl = (base, locale, path) => `${base}/${locale}${path ? `/${path}` : ''}`
