/**
 * One counted attempt; hand it back to `release` to forget exactly that attempt. `until` (shared
 * limits only) is when the attempt's counting window ends: after it there is nothing to forget.
 */
export type Attempt = { readonly at: number; readonly until?: number }

/** Over the limit `{ allowed: false, retryAfterMs }` (nothing counted), else `{ allowed: true, retryAfterMs: 0, attempt }`. */
export type RateLimitResult = { allowed: boolean; retryAfterMs: number; attempt?: Attempt }

/** A limit kept in this server's memory (createRateLimiter) or shared by every instance (lib/sharedRateLimit.ts). */
export type RateLimiter = {
  /** Counts one attempt for this client: see RateLimitResult. */
  take(key: string): RateLimitResult | Promise<RateLimitResult>
  /**
   * Forgets one attempt that turned out not to count (like a good login): only the very attempt
   * `take` returned, never another one of the client's, so a success cannot wipe out failures made
   * at the same time (or for other accounts). Unknown or expired attempts are ignored.
   */
  release(key: string, attempt: Attempt): void | Promise<void>
}

/** The in-memory limiter answers at once. */
export type MemoryRateLimiter = {
  take(key: string): RateLimitResult
  release(key: string, attempt: Attempt): void
}

/**
 * A sliding-window limit kept in this server's memory. Node runs one request's check at a time,
 * so concurrent submissions cannot slip past it. Each server instance counts on its own (see
 * lib/sharedRateLimit.ts for the limit several instances share).
 */
export function createRateLimiter(
  { limit, windowMs }: { limit: number; windowMs: number },
  now: () => number = Date.now,
): MemoryRateLimiter {
  const attempts = new Map<string, Attempt[]>()
  let lastSweep = now()

  function sweep(time: number) {
    if (time - lastSweep < windowMs) return
    lastSweep = time
    for (const [key, list] of attempts) {
      if (list.every((a) => time - a.at >= windowMs)) attempts.delete(key)
    }
  }

  return {
    take(key) {
      const time = now()
      sweep(time)
      const recent = (attempts.get(key) ?? []).filter((a) => time - a.at < windowMs)
      if (recent.length >= limit) {
        attempts.set(key, recent)
        return { allowed: false, retryAfterMs: windowMs - (time - recent[0]!.at) }
      }
      const attempt: Attempt = { at: time }
      recent.push(attempt)
      attempts.set(key, recent)
      return { allowed: true, retryAfterMs: 0, attempt }
    },
    release(key, attempt) {
      const list = attempts.get(key)
      if (!list) return
      const index = list.indexOf(attempt)
      if (index >= 0) list.splice(index, 1)
      if (list.length === 0) attempts.delete(key)
    },
  }
}
