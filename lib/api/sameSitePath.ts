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
  if (!raw) return '/'
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return '/'
  }
  const safe = (value: string) =>
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !/[\\\s\u0000-\u001f\u007f]/.test(value) &&
    !/\/\//.test(value) &&
    !/^\/[^/?#]*:/.test(value)
  return safe(raw) && safe(decoded) && /^\/[A-Za-z0-9\-._~/]*$/.test(raw) ? raw : '/'
}
