export type RateLimiter = {
  /** Counts one attempt for this client; false when it is over the limit. */
  take(key: string): { allowed: boolean; retryAfterMs: number }
  /** Forgets this client's latest attempt (one that turned out not to count, like a good login). */
  release(key: string): void
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
    release(key) {
      const times = attempts.get(key)
      times?.pop()
      if (times && times.length === 0) attempts.delete(key)
    },
  }
}
