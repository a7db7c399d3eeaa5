/**
 * Drops what Open Referral UK says to leave out rather than send empty: null, undefined, empty
 * strings, empty arrays and objects left empty, at any depth (the reference validator warns
 * about every null or empty optional field). Required fields are never empty in our records:
 * ids, names and statuses always have values (see services.ts).
 *
 * @returns a copy; the input is not changed
 */
export function withoutEmpty<T>(value: T): T {
  return prune(value) as T
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(prune).filter((item) => !isEmpty(item))
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, prune(item)] as const)
      .filter(([, item]) => !isEmpty(item))
    return Object.fromEntries(entries)
  }
  return value
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.keys(value).length === 0
  }
  return false
}
