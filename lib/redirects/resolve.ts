import { defaultLocale, isLocale, localeCodes } from '@/i18n/locales'

/**
 * Redirects as the public site follows them. Pure: the cached loader (lib/redirects/query.ts)
 * hands in the rows of the `redirects` collection and the published pages' current paths.
 *
 * A redirect that points at a page (`to.type: 'reference'`) follows the page wherever it moves,
 * so "A -> page at B" becomes "A -> C" when B is renamed to C without rewriting A. Custom
 * targets that are themselves redirected are followed here, so a reader gets one hop (A -> C,
 * never A -> B -> C). A chain that comes back to where it started is dropped (no loops), and a
 * redirect never hides a live page: the site only asks for one when no page has the path.
 */

export type RedirectRow = {
  id?: number | string
  from: string
  to?: {
    type?: 'reference' | 'custom' | null
    reference?: { relationTo: string; value: unknown } | null
    url?: string | null
  } | null
  type?: string | null
}

/** Where to send a reader, and whether the move is permanent (301/308) or temporary. */
export type RedirectTarget = { to: string; permanent: boolean }

const MAX_HOPS = 10
const PERMANENT = new Set(['301', '308'])

/**
 * A site path in the form the map uses: one leading slash, no trailing slash, no query or
 * fragment, '//' refused. Absolute http(s) URLs are kept as they are (custom targets only).
 * @returns the normalized path or URL, or null when the text is neither
 */
export function normalizeRedirectPath(text: string | null | undefined): string | null {
  const value = (text ?? '').trim()
  if (/^https?:\/\/[^\s]+$/i.test(value)) return value
  if (!value.startsWith('/') || value.startsWith('//') || /[\s\\]/.test(value)) return null
  const path = value.split(/[?#]/, 1)[0].replace(/\/+$/, '')
  return path === '' ? '/' : path
}

/** The locale a path starts with (`/pl/x` -> pl), else the default locale. */
function localeOf(path: string) {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

function idOf(reference: unknown): string | null {
  if (reference === null || reference === undefined) return null
  if (typeof reference === 'object' && 'id' in reference) return String(reference.id)
  return String(reference)
}

/** Each row's own target, before chains are followed; null when it points nowhere live. */
function directTarget(row: RedirectRow, pagePaths: Map<string, string>): string | null {
  const from = normalizeRedirectPath(row.from)
  if (!from || !row.to) return null
  if (row.to.type === 'custom') return normalizeRedirectPath(row.to.url)
  const pageId = idOf(row.to.reference?.value ?? null)
  const path = pageId === null ? undefined : pagePaths.get(pageId)
  return path === undefined ? null : path ? `/${localeOf(from)}/${path}` : `/${localeOf(from)}`
}

/**
 * Every redirect's final target, chains collapsed and loops dropped.
 *
 * @param rows the `redirects` collection (depth 0)
 * @param pagePaths published page id (as a string) -> its current path without locale
 * @returns from path -> final target; permanent only when every hop is
 */
export function buildRedirectMap(
  rows: RedirectRow[],
  pagePaths: Map<string, string>,
): Map<string, RedirectTarget> {
  const livePaths = new Set(
    [...pagePaths.values()].flatMap((path) =>
      localeCodes.map((code) => (path ? `/${code}/${path}` : `/${code}`)),
    ),
  )
  const direct = new Map<string, RedirectTarget>()
  for (const row of rows) {
    const from = normalizeRedirectPath(row.from)
    const to = directTarget(row, pagePaths)
    if (from && to && from !== to) {
      direct.set(from, { to, permanent: PERMANENT.has(row.type ?? '301') })
    }
  }
  const resolved = new Map<string, RedirectTarget>()
  for (const [from, first] of direct) {
    const seen = new Set([from])
    let target = first
    let hops = 0
    let loops = false
    while (!livePaths.has(target.to) && direct.has(target.to)) {
      if (seen.has(target.to) || ++hops > MAX_HOPS) {
        loops = true
        break
      }
      seen.add(target.to)
      const next = direct.get(target.to)!
      target = { to: next.to, permanent: target.permanent && next.permanent }
    }
    if (!loops) resolved.set(from, target)
  }
  return resolved
}

/**
 * Whether saving `row` among `others` would make a loop (A -> B -> A), for the admin's
 * validation message. Pages' current paths make reference targets concrete.
 * @returns the looping chain (`/en/a -> /en/b -> /en/a`), or null
 */
export function findLoop(
  row: RedirectRow,
  others: RedirectRow[],
  pagePaths: Map<string, string>,
): string | null {
  const from = normalizeRedirectPath(row.from)
  if (!from) return null
  const direct = new Map<string, string>()
  for (const other of [...others, row]) {
    const key = normalizeRedirectPath(other.from)
    const to = directTarget(other, pagePaths)
    if (key && to) direct.set(key, to)
  }
  const chain = [from]
  let current = direct.get(from)
  while (current !== undefined && chain.length <= MAX_HOPS + 1) {
    chain.push(current)
    if (current === from) return chain.join(' -> ')
    current = direct.get(current)
  }
  return null
}
