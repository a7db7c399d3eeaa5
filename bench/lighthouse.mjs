// Lighthouse 12 (mobile profile, simulated throttling) on every public template in every locale.
//
// Usage (a production build; one is made if missing):
//   node bench/lighthouse.mjs [--runs 3] [--port 3330] [--only home,guide] [--locales en,pl]
//   node bench/lighthouse.mjs --url http://localhost:3000   (an already running server)
//   node bench/lighthouse.mjs --pages home/ur,calculator/en --save /tmp/lhr   (some pages only;
//     each run's full report as JSON in that folder, for the LCP element, long tasks and the like)
// Starts its own server on a fresh seeded database (bench/server.mjs) unless --url is given, runs
// Debian's chromium headless, and prints a table (template x locale: performance, accessibility,
// best practices, SEO, bytes transferred) with the MEDIAN of --runs runs per page (the machine
// is shared, so single performance figures are noisy), then every audit that failed.
// Each page is requested twice before it is audited, as a reader meets it: a page's first
// request after a deploy renders it (and fills its caches) on the same two cores Chrome then
// measures with, which is not what a phone sees after that. That first answer's time is printed
// in its own column ("first hit ms"), so a slow first render is not hidden. The 404 template is
// audited with Lighthouse's ignoreStatusCode (it refuses an error status otherwise); its SEO
// score then counts the 404 status against it, as it should.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { benchServer, flag } from './server.mjs'
import { TEMPLATES, templateUrl } from './templates.mjs'

const runs = Number(flag('runs', 3))
const locales = flag('locales', 'en,pl,ur').split(',')
const only = flag('only')
const pages = flag('pages')?.split(',') // template/locale pairs, e.g. home/ur
const save = flag('save')
if (save) mkdirSync(save, { recursive: true })

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const templates = TEMPLATES.filter(([name]) => !only || only.split(',').includes(name))

/** Milliseconds from sending a GET for `url` to its response headers (any status). */
async function timeToFirstByte(url) {
  const started = performance.now()
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } })
  const elapsed = performance.now() - started
  await response.arrayBuffer()
  return elapsed
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

const { base, stop } = await benchServer(3330)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
const rows = []
const failures = new Map() // audit id -> { title, pages: Set }
const benchmarkIndexes = [] // Lighthouse's measure of this machine's CPU speed, per run
try {
  for (const [name, path] of templates) {
    for (const locale of locales) {
      if (pages && !pages.includes(`${name}/${locale}`)) continue
      const url = templateUrl(base, locale, path)
      const firstHit = await timeToFirstByte(url)
      await timeToFirstByte(url)
      const results = []
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          ignoreStatusCode: name === '404',
        })
        if (lhr.runtimeError) {
          // Lighthouse could not load the page (it refuses an error status without ignoreStatusCode).
          process.stderr.write(`${name}/${locale}: ${lhr.runtimeError.code}\n`)
          break
        }
        results.push(lhr)
        if (save) {
          const file = `${name.replace(/\W+/g, '-')}-${locale}-${i + 1}.json`
          writeFileSync(join(save, file), JSON.stringify(lhr))
        }
      }
      if (results.length === 0) {
        rows.push({ name, locale, error: 'not audited (see the runtime error above)' })
        continue
      }
      const score = (id) =>
        median(results.map((r) => Math.round((r.categories[id].score ?? 0) * 100)))
      const metric = (id) => median(results.map((r) => r.audits[id]?.numericValue ?? 0))
      const performances = results.map((r) =>
        Math.round((r.categories.performance.score ?? 0) * 100),
      )
      benchmarkIndexes.push(...results.map((r) => r.environment.benchmarkIndex))
      rows.push({
        name,
        locale,
        firstHit,
        scores: CATEGORIES.map(score),
        range: `${Math.min(...performances)}-${Math.max(...performances)}`,
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        bytes: metric('total-byte-weight'),
      })
      // Failing audits of the last run: scored ones below 1 (plus performance opportunities).
      const lhr = results[results.length - 1]
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category].auditRefs) {
          const audit = lhr.audits[ref.id]
          const opportunity = audit.details?.type === 'opportunity' && audit.score !== null
          if (audit.score === null || audit.score >= (opportunity ? 0.9 : 1)) continue
          if (category === 'performance' && !opportunity && ref.weight === 0) continue
          const key = `${category}: ${ref.id}`
          if (!failures.has(key)) failures.set(key, { title: audit.title, pages: new Set() })
          const entry = failures.get(key)
          entry.pages.add(
            `${name}/${locale}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          )
        }
      }
      const last = rows[rows.length - 1]
      process.stderr.write(`${name}/${locale}: ${last.scores.join(' ')}\n`)
    }
  }
} finally {
  await chrome.kill()
  await stop()
}

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile (simulated throttling), against ${base}; median of ${runs} run(s) per page`,
)
// Lighthouse's 4x CPU slowdown stands for a low-end phone only on a machine of the right speed
// (Chrome DevTools' CPU calibration scores a Moto G Power at 264, so 4x fits a machine near
// 1,050); a slower or busier machine scores every page lower, so the figure goes with the table.
console.log(
  `Machine: Lighthouse benchmarkIndex median ${median(benchmarkIndexes).toFixed(0)} (range ${Math.min(...benchmarkIndexes).toFixed(0)}-${Math.max(...benchmarkIndexes).toFixed(0)}); "perf range" is the lowest and highest of the runs`,
)
console.log('')
console.log(
  '| template | locale | perf | perf range | a11y | best pr. | SEO | LCP ms | TBT ms | KB transferred | first hit ms |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  if (row.error) {
    console.log(`| ${row.name} | ${row.locale} | ${row.error} | | | | | | | | |`)
    continue
  }
  const [performance, ...others] = row.scores
  console.log(
    `| ${row.name} | ${row.locale} | ${performance} | ${row.range} | ${others.join(' | ')} | ${row.lcp.toFixed(0)} | ${row.tbt.toFixed(0)} | ${(row.bytes / 1024).toFixed(0)} | ${row.firstHit.toFixed(0)} |`,
  )
}
const audited = rows.filter((r) => !r.error)
const worst = (i) => Math.min(...audited.map((r) => r.scores[i]))
console.log('')
console.log(
  `Lowest: performance ${worst(0)}, accessibility ${worst(1)}, best practices ${worst(2)}, SEO ${worst(3)}; heaviest page ${(Math.max(...audited.map((r) => r.bytes)) / 1024).toFixed(0)} KB (budget 250)`,
)
console.log('')
console.log(failures.size ? 'Failing audits (last run of each page):' : 'No failing audits.')
for (const [key, { title, pages }] of failures) {
  console.log(`- ${key} — ${title}: ${[...pages].join(', ')}`)
}
