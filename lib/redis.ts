import { createClient } from 'redis'

const connect = (url: string) => createClient({ url, pingInterval: 10_000 })

export type SharedRedis = ReturnType<typeof connect>

/** `REDIS_URL` (`redis://host:6379/0`), or null when instances keep their state in memory. */
export function redisUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.REDIS_URL?.trim() || null
}

/** Prefix of every key the app writes (`REDIS_KEY_PREFIX`, default `send-portal`), so sites can share a server. */
export function redisKeyPrefix(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_KEY_PREFIX?.trim() || 'send-portal'
}

const GLOBAL_KEY = Symbol.for('send-portal.redis')
type WithClient = typeof globalThis & { [GLOBAL_KEY]?: SharedRedis }

/**
 * This process's one Redis connection for the rate limits and the job runner's lease, or null
 * without `REDIS_URL`. It connects in the background and reconnects by itself; until it is ready,
 * callers see `isReady === false` and fall back (see lib/sharedRateLimit.ts, lib/jobs/runnerLease.ts).
 * The cache handler (cache-handler.mjs) has its own connection: Next.js loads it outside the bundle.
 */
export function sharedRedis(): SharedRedis | null {
  const url = redisUrl()
  if (!url) return null
  const scope = globalThis as WithClient
  if (!scope[GLOBAL_KEY]) {
    const client = connect(url)
    let reported = false
    client.on('error', (error: NodeJS.ErrnoException) => {
      if (reported) return
      reported = true
      console.error(`[redis] unreachable (${error.code ?? error.message}); limits count in memory`)
    })
    client.on('ready', () => {
      reported = false
    })
    client.connect().catch(() => {})
    scope[GLOBAL_KEY] = client
  }
  return scope[GLOBAL_KEY]!
}

/**
 * Resolves once `client` is connected, or after `ms` (default 1000) if it is not: the first
 * requests after a start then count in Redis rather than in the memory fallback.
 */
export function readyWithin(client: SharedRedis, ms = 1000): Promise<void> {
  if (client.isReady) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      client.off('ready', done)
      resolve()
    }
    client.on('ready', done)
  })
}
