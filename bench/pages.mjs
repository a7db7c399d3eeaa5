// Measures how fast published pages are served (they should come from the prerender cache).
// Usage: start the portal (npm start), then: node bench/pages.mjs [baseUrl] [requests] [concurrency]
// Prints requests/second and latency percentiles per page; bounded in count, loopback only.
const base = process.argv[2] ?? 'http://localhost:3000'
const total = Number(process.argv[3] ?? 400)
const concurrency = Number(process.argv[4] ?? 20)
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) {
  throw new Error('Benchmarks only target this machine (localhost).')
}

const paths = [
  '/en',
  '/pl/resolving-a-disagreement',
  '/ur/resolving-a-disagreement/mediation',
  '/en/providers/global-mediation',
  '/ur/glossary',
  // Rendered per request: the query runs against the database every time.
  '/pl/search?q=mediacja',
]

async function measure(path) {
  const latencies = []
  let next = 0
  let cacheHits = 0
  const started = performance.now()
  async function worker() {
    while (next < total) {
      next++
      const t0 = performance.now()
      const response = await fetch(base + path)
      await response.arrayBuffer()
      latencies.push(performance.now() - t0)
      if (response.headers.get('x-nextjs-cache') === 'HIT') cacheHits++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)
  console.log(
    `${path.padEnd(40)} ${(latencies.length / seconds).toFixed(0).padStart(5)} req/s  p50 ${pct(50)} ms  p99 ${pct(99)} ms  cache hits ${cacheHits}/${latencies.length}`,
  )
}

console.log(`${total} requests per page, ${concurrency} at a time, against ${base}`)
for (const path of paths) await measure(path)
