/** Details older than this may be out of date: councils re-commission services often. */
export const STALE_AFTER_MONTHS = 6

/** True when the last check was more than six calendar months before today (UTC dates). */
export function isVerificationStale(
  lastVerified: string | Date,
  today: Date = new Date(),
): boolean {
  const checked = new Date(lastVerified)
  if (Number.isNaN(checked.getTime())) return true
  const limit = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate()),
  )
  return checked.getTime() < limit.getTime()
}
