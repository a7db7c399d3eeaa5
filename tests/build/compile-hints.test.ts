import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { addCompileHints, COMPILE_HINT } from '../../scripts/compile-hints.mjs'

// A miniature build folder shaped like Next.js 16's: the build manifest's root chunks, a public
// route's and an admin route's client reference manifests, and a chunk fetched on demand.
let dist: string
const chunk = (name: string) => path.join(dist, 'static', 'chunks', name)
const read = (name: string) => readFileSync(chunk(name), 'utf8')

function manifest(route: string, chunks: string[]) {
  const page = {
    clientModules: {
      1: { id: 1, name: '*', chunks: chunks.map((c) => `/_next/static/chunks/${c}`) },
    },
    entryJSFiles: { [`[project]/app${route}/page`]: chunks.map((c) => `static/chunks/${c}`) },
  }
  return `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST[${JSON.stringify(route)}]=${JSON.stringify(page)};`
}

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'compile-hints-'))
  mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true })
  mkdirSync(path.join(dist, 'server', 'app', '(frontend)', '[locale]'), { recursive: true })
  mkdirSync(path.join(dist, 'server', 'app', '(payload)', 'admin'), { recursive: true })
  writeFileSync(
    path.join(dist, 'build-manifest.json'),
    JSON.stringify({ rootMainFiles: ['static/chunks/react.js', 'static/chunks/runtime.js'] }),
  )
  writeFileSync(
    path.join(dist, 'server', 'app', '(frontend)', '[locale]', 'page_client-reference-manifest.js'),
    manifest('/(frontend)/[locale]', ['layout.js', 'guide.js']),
  )
  writeFileSync(
    path.join(dist, 'server', 'app', '(payload)', 'admin', 'page_client-reference-manifest.js'),
    manifest('/(payload)/admin', ['admin.js']),
  )
  for (const name of ['react.js', 'runtime.js', 'layout.js', 'admin.js', 'form.js', 'unused.js']) {
    writeFileSync(chunk(name), `console.log(${JSON.stringify(name)})\n`)
  }
  // The guide's chunk loads the form's on demand, naming it as the runtime fetches it.
  writeFileSync(chunk('guide.js'), 'e.A("static/chunks/form.js")\n')
})

afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('addCompileHints', () => {
  it("marks the root, public route and on-demand chunks, and leaves the admin's and unused ones", () => {
    const hinted = addCompileHints(dist)
    expect(hinted).toEqual(['form.js', 'guide.js', 'layout.js', 'react.js', 'runtime.js'])
    for (const name of hinted) expect(read(name).startsWith(`${COMPILE_HINT}\n`)).toBe(true)
    expect(read('form.js')).toBe(`${COMPILE_HINT}\nconsole.log("form.js")\n`)
    for (const name of ['admin.js', 'unused.js']) expect(read(name)).not.toContain(COMPILE_HINT)
  })

  it('changes nothing when run again', () => {
    addCompileHints(dist)
    const first = read('react.js')
    expect(addCompileHints(dist)).toHaveLength(5)
    expect(read('react.js')).toBe(first)
  })

  it('throws when there is no build (no build-manifest.json)', () => {
    rmSync(path.join(dist, 'build-manifest.json'))
    expect(() => addCompileHints(dist)).toThrow(/build-manifest\.json/)
  })
})
