// How much JavaScript each kind of page asks the browser to download.
// Usage: start the portal (npm start), then: node bench/client-js.mjs [baseUrl]
// Prints, per page, the number of script files and their total size in KiB, gzip and raw.
import { gzipSync } from 'node:zlib'

const base = process.argv[2] ?? 'http://localhost:3000'
if (!/^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(base)) {
  throw new Error('Benchmarks only target this machine (localhost).')
}

const pages = [
  '/en',
  '/en/resolving-a-disagreement/what-to-do-if',
  '/en/resolving-a-disagreement/mediation', // carries the call-back form
  '/en/providers/global-mediation', // carries the call-back form
  '/en/deadline-calculator',
  '/en/search?q=tribunal',
]

const sizes = new Map()
async function scriptSize(src) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer())
    // fetch hands back the decoded body, so the compressed size is worked out here (gzip -6).
    sizes.set(src, { gzip: gzipSync(body, { level: 6 }).byteLength, raw: body.byteLength })
  }
  return sizes.get(src)
}

console.log(`Client JavaScript per page, against ${base}`)
for (const path of pages) {
  const html = await (await fetch(base + path)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))]
  let gzip = 0
  let raw = 0
  for (const src of sources) {
    const size = await scriptSize(src)
    gzip += size.gzip
    raw += size.raw
  }
  console.log(
    `${path.padEnd(48)} ${String(sources.length).padStart(3)} files  ${(gzip / 1024).toFixed(1).padStart(7)} KiB gzip  ${(raw / 1024).toFixed(1).padStart(7)} KiB raw`,
  )
}
