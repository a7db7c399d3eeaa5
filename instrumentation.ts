/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installNodeGuard } = await import('@/lib/http/nodeGuard')
    installNodeGuard()
    if (process.env.REDIS_URL) {
      // Several instances share their cache in Redis (cache-handler.mjs): fill it with this
      // build's prerendered pages, keeping any entry another instance has already written.
      const { registerInitialCache } =
        await import('@fortedigital/nextjs-cache-handler/instrumentation')
      const { default: CacheHandler } = await import('./cache-handler.mjs')
      await registerInitialCache(CacheHandler, {
        buildDir: process.env.NEXT_DIST_DIR || '.next',
        setOnlyIfNotExists: true,
      })
    }
  }
}
