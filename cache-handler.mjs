// The shared Next.js cache for several instances (used only when REDIS_URL is set; see
// next.config.mjs). Prerendered pages (ISR) and unstable_cache data live in Redis, so a publish
// on one instance (revalidatePath / revalidateTag) is seen by every instance on its next request.
// Built on @fortedigital/nextjs-cache-handler's redis-strings handler, which stores each entry's
// tags and, for path tags, the time they were revalidated: an entry older than a revalidation of
// any of its tags is a miss, and the page is rendered afresh.
//
// No in-process fallback on purpose: while Redis is unreachable every read is a miss (the page
// is rendered per request, slower but never stale), and writes and purges fail and are logged.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

const CONNECT_WAIT_MS = 2000

/** `<REDIS_KEY_PREFIX>:<build id>:` keeps each build's pages apart, so a deploy never serves the last one's. */
export function cacheKeyPrefix(buildId, env = process.env) {
  const site = env.REDIS_KEY_PREFIX?.trim() || 'send-portal'
  return `${site}:${buildId?.trim() || 'dev'}:`
}

function connectedClient(url) {
  const client = createClient({ url, pingInterval: 10_000 })
  let reported = false
  client.on('error', (error) => {
    if (reported) return
    reported = true
    console.error(
      `[cache] Redis unreachable (${error.code ?? error.message}); rendering per request until it is back`,
    )
  })
  client.on('ready', () => {
    if (reported) console.info('[cache] Redis connection restored')
    reported = false
  })
  const connecting = client.connect().catch(() => {})
  // Wait briefly for the first connection; after that node-redis keeps reconnecting by itself.
  const waited = new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())
  return Promise.race([connecting, waited]).then(() => client)
}

CacheHandler.onCreation(async ({ buildId }) => {
  // One Redis connection per process: Next.js creates a handler per request context.
  globalThis.__portalCacheHandlerConfig ??= connectedClient(process.env.REDIS_URL).then(
    (client) => ({
      handlers: [
        createRedisHandler({ client, keyPrefix: cacheKeyPrefix(buildId), timeoutMs: 1000 }),
      ],
    }),
  )
  return globalThis.__portalCacheHandlerConfig
})

export default CacheHandler
