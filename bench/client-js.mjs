// How much JavaScript each kind of page asks a current browser to download, split into the
// framework (Next.js, React, React DOM: the build's shared root chunks) and the application
// (every other chunk: the layout's and the page's client components), gzipped.
//
// Usage: node bench/client-js.mjs [--url http://localhost:3000] [--port 3332] [--locale en]
// Without --url it starts its own production server (bench/server.mjs). Reads the build's
// manifest (.next/build-manifest.json, or NEXT_DIST_DIR's) to tell framework chunks apart.
// Scripts marked noModule (legacy polyfills) are left out: current browsers never load them.
// Chunks are counted when the page's HTML names them (script tags, and the chunks the embedded
// React payload asks for), so code that loads only when a component is shown counts only on
// pages that show it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { clientReferenceManifests } from '../scripts/compile-hints.mjs'
import { distDir } from '../scripts/steps.mjs'
import { benchServer, flag } from './server.mjs'
import { TEMPLATES, templateUrl } from './templates.mjs'

const dist = distDir()
const manifest = JSON.parse(readFileSync(path.join(dist, 'build-manifest.json'), 'utf8'))
const framework = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`))
// Chunks Next.js's own client components need (its built-in not-found page and layout, which
// every page has) count as framework too, even where a component of ours shares them; every
// other chunk is application code.
const entryChunks = new Map() // chunk -> entry names (client reference manifests)
for (const page of clientReferenceManifests(path.join(dist, 'server', 'app'))) {
  for (const [entry, chunks] of Object.entries(page.entryJSFiles ?? {})) {
    for (const chunk of chunks) {
      const src = `/_next/${chunk}`
      if (!entryChunks.has(src)) entryChunks.set(src, new Set())
      entryChunks.get(src).add(entry)
    }
  }
}
for (const [src, entries] of entryChunks) {
  if ([...entries].some((entry) => entry.startsWith('[project]/node_modules/next/'))) {
    framework.add(src)
  }
}
const locale = flag('locale', 'en')

const { base, stop } = await benchServer(3332)
const sizes = new Map()
async function gzipSize(src) {
  if (!sizes.has(src)) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer())
    // fetch hands back the decoded body, so the compressed size is worked out here (gzip -6).
    sizes.set(src, gzipSync(body, { level: 6 }).byteLength)
  }
  return sizes.get(src)
}

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(6)
const rows = []
try {
  for (const [name, pagePath] of TEMPLATES) {
    const html = await (await fetch(templateUrl(base, locale, pagePath))).text()
    const legacy = new Set(
      [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]),
    )
    const named = [
      ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
      // The React payload's client references: "static/chunks/x.js" (escaped inside scripts).
      ...[...html.matchAll(/static\/chunks\/[\w.-]+\.js/g)].map((m) => `/_next/${m[0]}`),
    ]
    const sources = [...new Set(named)].filter((src) => !legacy.has(src))
    const totals = { framework: 0, app: 0, appFiles: 0 }
    for (const src of sources) {
      const size = await gzipSize(src)
      if (framework.has(src)) totals.framework += size
      else {
        totals.app += size
        totals.appFiles++
      }
    }
    rows.push({ name, ...totals })
  }
} finally {
  await stop()
}

console.log(`Client JavaScript per template (/${locale}), gzip -6, against ${base}`)
console.log('')
console.log('| template | framework KiB | application KiB (files) | total KiB |')
console.log('|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.name} | ${kib(row.framework)} | ${kib(row.app)} (${row.appFiles}) | ${kib(row.framework + row.app)} |`,
  )
}
const guide = rows.find((row) => row.name === 'guide')
console.log('')
console.log(
  'Chunks fetched only after hydration (the call-back form, where shown) are not named in the HTML and not counted.',
)
console.log(
  `Application code on a guide without the call-back form: ${kib(guide.app).trim()} KiB (goal <= 5)`,
)
