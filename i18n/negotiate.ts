import { defaultLocale, localeCodes, type Locale } from './locales'

type Range = { tag: string; q: number; order: number }

/** Reads `Accept-Language` (RFC 9110 12.5.4): ranges with q-values; q=0 means "not this one". */
function parseRanges(header: string): Range[] {
  return header
    .split(',')
    .map((part, order) => {
      const [rawTag, ...params] = part.trim().split(';')
      const tag = rawTag.trim().toLowerCase()
      let q = 1
      for (const param of params) {
        const [key, value] = param.trim().split('=')
        if (key?.trim().toLowerCase() !== 'q') continue
        // A malformed weight makes the range unusable rather than guessing what was meant.
        q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value?.trim() ?? '') ? Number(value) : 0
      }
      return { tag, q, order }
    })
    .filter((range) => range.q > 0 && /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(range.tag))
    .sort((a, b) => b.q - a.q || a.order - b.order)
}

/**
 * The site language for someone arriving without one in the URL: the first of their languages,
 * in order of q-value (ties keep the header's order), that the site has. `en-GB` matches `en`
 * (the primary subtag); `*` means any, so the default. Nothing usable gives the default.
 *
 * @example negotiateLocale('en-GB,pl;q=0.8') === 'en'
 * @param header the raw Accept-Language header (null when absent)
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  for (const { tag } of parseRanges(header.slice(0, 1000))) {
    if (tag === '*') return defaultLocale
    const primary = tag.split('-')[0]
    const found = localeCodes.find((code) => code === tag || code === primary)
    if (found) return found
  }
  return defaultLocale
}
