// A prerendered guide through the production stack (nginx micro-cache -> two app instances ->
// Redis) against the same nginx serving the same bytes from a file, in one run with the same
// settings. Goal: at least 0.5 of nginx's throughput and a p99 under 3 times nginx's.
//
// Usage (after `npm run build`; needs Debian's nginx and redis-server):
//   node bench/proxy.mjs [seconds=10] [connections=20]
// Uses its own database (data/bench, seeded on first use) and the ports of the stack
// (apps 3242-3243, Redis 6390, nginx 8093-8095). Not part of the test run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { prepareDatabase, root } from '../scripts/steps.mjs'
import { missingPieces, request, startStack } from '../scripts/stack.mjs'
import { load } from './load.mjs'

const seconds = Number(process.argv[2] ?? 10)
const connections = Number(process.argv[3] ?? 20)
const GUIDE = '/en/resolving-a-disagreement/mediation'
const STATIC_PORT = 8095

const why = missingPieces()
if (why) {
  console.log(`Skipping the proxy benchmark: it ${why}.`)
  process.exit(0)
}

const dataDir = 'data/bench'
if (!existsSync(path.join(root, dataDir, 'portal.db'))) await prepareDatabase({ DATA_DIR: dataDir })

const staticDir = path.join(root, dataDir, 'static')
mkdirSync(staticDir, { recursive: true })
const stack = await startStack({
  dataDir,
  appPorts: [3242, 3243],
  httpPort: 8093,
  httpsPort: 8094,
  tls: false, // the same plain HTTP on both sides
  extraNginx: `  server {
    listen 127.0.0.1:${STATIC_PORT};
    location = /guide.html { root ${staticDir}; }
  }`,
})
try {
  const proxied = `${stack.publicUrl.replace('localhost', '127.0.0.1')}${GUIDE}`
  const page = await request(proxied)
  if (page.status !== 200) throw new Error(`${GUIDE} answered ${page.status}`)
  writeFileSync(path.join(staticDir, 'guide.html'), page.body)
  const file = `http://127.0.0.1:${STATIC_PORT}/guide.html`

  console.log(
    `${GUIDE} (${Buffer.byteLength(page.body)} bytes), ${connections} connections, ${seconds} s each, after 2 s warm-up`,
  )
  const results = {}
  for (const [name, url] of [
    ['nginx -> app instances', proxied],
    ['nginx, static file', file],
  ]) {
    await load(url, { connections, seconds: 2 })
    results[name] = await load(url, { connections, seconds })
    const r = results[name]
    console.log(
      `${name.padEnd(24)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${JSON.stringify(r.statuses)}`,
    )
  }
  const [app, disk] = Object.values(results)
  const ratio = app.rps / disk.rps
  const p99Ratio = app.p99 / disk.p99
  console.log(
    `throughput ratio ${ratio.toFixed(2)} (goal >= 0.5), p99 ratio ${p99Ratio.toFixed(2)} (goal < 3): ${
      ratio >= 0.5 && p99Ratio < 3 ? 'met' : 'NOT met'
    }`,
  )
} finally {
  await stack.stop()
}
