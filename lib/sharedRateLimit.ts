import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { type Attempt, createRateLimiter, type RateLimiter } from '@/lib/rateLimit'
import { readyWithin, redisKeyPrefix, sharedRedis, type SharedRedis } from '@/lib/redis'

export type RateLimitOptions = { limit: number; windowMs: number }

/**
 * The limit for `name` (`callback`, `search`, `login`): shared by every instance through Redis
 * when `REDIS_URL` is set, otherwise createRateLimiter's sliding window in this server's memory.
 *
 * The shared limit (rate-limiter-flexible's RateLimiterRedis) counts in a fixed window of
 * `windowMs` from the client's first attempt: `limit` attempts, then `retryAfterMs` until that
 * window ends. Counting is atomic in Redis, so instances cannot both let the last attempt through.
 * A refused attempt is not counted, and `release` forgets one attempt of the window it was
 * counted in (never one of the next window). While Redis is unreachable each instance counts in
 * its own memory (the insurance limiter) rather than refusing or letting everyone through.
 */
export function sharedRateLimiter(
  name: string,
  options: RateLimitOptions,
  client: () => SharedRedis | null = sharedRedis,
): RateLimiter {
  // Chosen on first use, so importing a page (say, during `next build`) opens no connection;
  // the first use waits up to a second for Redis, so a fresh instance's first attempts count there.
  let chosen: Promise<RateLimiter> | undefined
  const limiter = () =>
    (chosen ??= (async () => {
      const redis = client()
      if (redis) await readyWithin(redis)
      return chooseLimiter(name, options, redis)
    })())
  return {
    take: async (key) => (await limiter()).take(key),
    release: async (key, attempt) => (await limiter()).release(key, attempt),
  }
}

function chooseLimiter(
  name: string,
  { limit, windowMs }: RateLimitOptions,
  client: SharedRedis | null,
): RateLimiter {
  if (!client) return createRateLimiter({ limit, windowMs })
  const duration = windowMs / 1000
  const store = new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: `${redisKeyPrefix()}:limit:${name}`,
    points: limit,
    duration,
    insuranceLimiter: new RateLimiterMemory({ points: limit, duration }),
  })
  const released = new WeakSet<Attempt>()

  return {
    async take(key) {
      const at = Date.now()
      try {
        const counted = await store.consume(key)
        return { allowed: true, retryAfterMs: 0, attempt: { at, until: at + counted.msBeforeNext } }
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused
        // consume() counted the refused attempt too: give it back, so only real attempts count.
        await store.reward(key, 1).catch(() => {})
        return { allowed: false, retryAfterMs: Math.max(1, refused.msBeforeNext) }
      }
    },
    async release(key, attempt) {
      if (attempt.until === undefined || Date.now() >= attempt.until || released.has(attempt))
        return
      released.add(attempt)
      await store.reward(key, 1).catch(() => {})
    },
  }
}
