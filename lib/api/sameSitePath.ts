/**
 * The path to send a reader back to after leaving draft preview, or `/` when the value could
 * leave the site. Only a plain path is accepted: it starts with exactly one `/`, and neither it
 * nor its percent-decoded form contains `//`, a backslash, a scheme, control characters or
 * whitespace (browsers treat `/\host`, `/%5Chost` and `/\thost` like `//host`, an off-site URL).
 *
 * @param raw the `path` query value as received (already URL-decoded once, or null when absent)
 * @returns a same-site path such as `/pl/resolving-a-disagreement`, never an absolute URL
 */
export function sameSitePath(raw: string | null | undefined): string {
  return raw && isSameSitePath(raw) ? raw : '/'
}

/**
 * The one same-site check (draft preview's return path, the alert banner's link and its return
 * after dismissal): true when `raw` is a plain path on this site, under the rules of sameSitePath.
 * With `allowQuery`, a `?query` and/or `#fragment` may follow the path; they may hold any visible
 * ASCII character except a backslash (no whitespace or control characters anywhere).
 *
 * @param raw the candidate, e.g. `/pl/route-finder?about=x`
 * @param options.allowQuery accept a query string and fragment after the path (default false)
 */
export function isSameSitePath(raw: string, { allowQuery = false } = {}): boolean {
  const cut = allowQuery ? raw.search(/[?#]/) : -1
  const path = cut >= 0 ? raw.slice(0, cut) : raw
  const rest = cut >= 0 ? raw.slice(cut) : ''
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return false
  }
  const safe = (value: string) =>
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !/[\\\s\u0000-\u001f\u007f]/.test(value) &&
    !/\/\//.test(value) &&
    !/^\/[^/?#]*:/.test(value)
  return (
    safe(path) &&
    safe(decoded) &&
    /^\/[A-Za-z0-9\-._~/]*$/.test(path) &&
    /^[\x21-\x5b\x5d-\x7e]*$/.test(rest)
  )
}
