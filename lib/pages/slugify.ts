/**
 * Slugs: the last part of a page's web address, shared by every language.
 *
 * One slug per page (not one per language) keeps the three language versions of a page at the
 * same path (`/en/x`, `/pl/x`, `/ur/x`): hreflang alternates, the language switcher and the
 * redirects left by a rename stay a simple swap of the first segment, and Urdu titles (Arabic
 * script) never turn into percent-encoded or empty addresses. The slug comes from the English
 * title; a page first written in Polish gets its Polish title with the accents removed.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 60

// Letters NFKD does not split into a base letter and an accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
}

/**
 * A URL-safe slug from any text: lower-case a-z, 0-9 and single hyphens, at most 60 characters
 * (cut at a hyphen). Polish letters lose their accents (`Ścieżka odwołania` -> `sciezka-odwolania`);
 * scripts without Latin letters (Urdu) give '' so the caller can ask for a slug instead.
 *
 * @param text a title or an editor's typed slug, any case and script
 * @returns the slug, or '' when nothing usable remains
 */
export function slugify(text: string): string {
  const latin = text
    .replace(/[łŁßæÆøØđĐ]/g, (c) => SPECIAL_LETTERS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (latin.length <= SLUG_MAX_LENGTH) return latin
  const cut = latin.slice(0, SLUG_MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, SLUG_MAX_LENGTH)).replace(
    /-+$/,
    '',
  )
}

/** True for a finished slug: `mediation`, `send-tribunal-appeals`; false for `Mediation`, `a--b`. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value)
}
