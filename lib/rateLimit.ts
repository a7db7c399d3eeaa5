export type RateLimiter = {
  /** Counts one attempt for this client; false when it is over the limit. */
  take(key: string): { allowed: boolean; retryAfterMs: number }
}

/**
 * A sliding-window limit kept in this server's memory. Node runs one request's check at a time,
 * so concurrent submissions cannot slip past it. Each server instance counts on its own.
 */
export function createRateLimiter(
  { limit, windowMs }: { limit: number; windowMs: number },
  now: () => number = Date.now,
): RateLimiter {
  const attempts = new Map<string, number[]>()
  let lastSweep = now()

  function sweep(time: number) {
    if (time - lastSweep < windowMs) return
    lastSweep = time
    for (const [key, times] of attempts) {
      if (times.every((t) => time - t >= windowMs)) attempts.delete(key)
    }
  }

  return {
    take(key) {
      const time = now()
      sweep(time)
      const recent = (attempts.get(key) ?? []).filter((t) => time - t < windowMs)
      if (recent.length >= limit) {
        attempts.set(key, recent)
        return { allowed: false, retryAfterMs: windowMs - (time - recent[0]!) }
      }
      recent.push(time)
      attempts.set(key, recent)
      return { allowed: true, retryAfterMs: 0 }
    },
  }
}

/**
 * Who is asking, for the rate limit: the last hop of X-Forwarded-For. The reverse proxy in front
 * of a production portal appends the address it saw, which the client cannot choose. With no
 * proxy, Next.js fills the header from the socket only when the request brought none, so the
 * portal must run behind a proxy for the limit to hold against a determined sender.
 */
export function clientKey(forwardedFor: string | null, realIp: string | null): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops.at(-1) ?? realIp?.trim() ?? 'unknown'
}
