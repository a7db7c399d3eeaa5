// Throughput of the dynamic lists (providers, search, Open Referral) beside a prerendered guide,
// in one run with the same settings: a fixed number of keep-alive connections (bench/load.mjs),
// each sending its next GET as soon as the last answer ended.
//
// Usage: node bench/pages.mjs [--seconds 10] [--connections 20] [--url http://localhost:3000]
// Without --url it starts its own production server on a fresh seeded database (port 3333).
// Goal (issue 12): the lists at >= 5x their throughput before, p99 < 300 ms at 20 connections.
import { benchServer, flag } from './server.mjs'
import { load } from './load.mjs'

const seconds = Number(flag('seconds', 10))
const connections = Number(flag('connections', 20))

const PATHS = [
  ['guide (prerendered)', '/en/resolving-a-disagreement/mediation'],
  ['providers list', '/en/providers'],
  ['providers, filtered', '/pl/providers?council=E08000014&kind=mediation'],
  ['search', '/en/search?q=tribunal'],
  ['search, Urdu, untidy query', '/ur/search?q=%20%20Mediation%20'],
  ['Open Referral services', '/openreferral/services?per_page=10'],
  ['Open Referral service_at_locations', '/openreferral/service_at_locations'],
]

const { base, stop } = await benchServer(3333)
const origin = base.replace('localhost', '127.0.0.1')
const rows = []
try {
  for (const [name, path] of PATHS) {
    const first = await fetch(origin + path)
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`)
    await load(origin + path, { connections, seconds: 2 }) // warm-up
    const r = await load(origin + path, { connections, seconds })
    rows.push({ name, path, ...r })
    process.stderr.write(`${name}: ${r.rps.toFixed(0)} req/s\n`)
  }
} finally {
  await stop()
}

console.log(
  `${connections} connections, ${seconds} s per address after a 2 s warm-up, against ${base}`,
)
console.log('')
console.log('| page | address | req/s | p50 ms | p99 ms | statuses |')
console.log('|---|---|---|---|---|---|')
for (const r of rows) {
  const statuses = Object.entries(r.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ')
  console.log(
    `| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${statuses} |`,
  )
}
