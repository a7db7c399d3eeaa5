// After `next build`: V8's explicit compile hint on the JavaScript the public pages run as they
// load (issue 12).
//
// Chrome downloads and parses a page's scripts off the main thread, but V8 compiles a function
// only when it is first called, and that happens on the main thread. The bundles hold every module
// as a function that runs at start-up (module instantiation, then hydration), so on a phone most
// of the main thread's blocking time was V8 compiling the framework function by function: in a
// CPU profile of a guide (4x slowed CPU), Turbopack's module loader alone was 113 ms of "self"
// time, which was that compiling. A file that starts with the magic comment
// `//# allFunctionsCalledOnLoad` is compiled whole, on a background thread, while it downloads
// (Chrome 136 and later; other browsers ignore the comment). See https://v8.dev/blog/explicit-compile-hints.
//
// Neither Turbopack nor Next.js can emit the comment, so it is added here to the public site's
// chunks: the build's root chunks, every chunk a public route's client manifest names, and the
// chunks those load on demand (the call-back form's), found by their names in the code. The
// admin's chunks are left alone: most of their code never runs on a given screen.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runInNewContext } from 'node:vm'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * The page manifests of a build's client reference manifests under one folder of server/app
 * (each `*_client-reference-manifest.js` sets `self.__RSC_MANIFEST[route]`).
 *
 * @param {string} appDir an absolute folder under `<dist>/server/app`; missing means none
 * @returns {{ clientModules?: Record<string, { chunks: string[] }>, entryJSFiles?: Record<string, string[]> }[]}
 */
export function clientReferenceManifests(appDir) {
  const pages = []
  if (!existsSync(appDir)) return pages
  for (const file of readdirSync(appDir, { recursive: true })) {
    if (!String(file).endsWith('_client-reference-manifest.js')) continue
    const context = { self: {} }
    context.globalThis = context.self
    runInNewContext(readFileSync(path.join(appDir, String(file)), 'utf8'), context)
    pages.push(...Object.values(context.self.__RSC_MANIFEST ?? {}))
  }
  return pages
}

/** Chunk file names (`x.js`) named by the public routes' client reference manifests. */
function publicRouteChunks(distDir) {
  const names = []
  for (const page of clientReferenceManifests(path.join(distDir, 'server', 'app', '(frontend)'))) {
    for (const chunks of Object.values(page.entryJSFiles ?? {})) names.push(...chunks)
    for (const reference of Object.values(page.clientModules ?? {})) names.push(...reference.chunks)
  }
  return names.map((name) => path.basename(name))
}

/**
 * Puts COMPILE_HINT at the top of the public site's client chunks in a build.
 *
 * @param {string} distDir the build's folder (`.next`, or NEXT_DIST_DIR), absolute
 * @returns {string[]} the chunk file names (under static/chunks) that carry the hint; running it
 *   again changes nothing
 * @throws {Error} when the build has no build-manifest.json (run it after `next build`)
 */
export function addCompileHints(distDir) {
  const chunksDir = path.join(distDir, 'static', 'chunks')
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'))
  const queue = [
    ...manifest.rootMainFiles.map((file) => path.basename(file)),
    ...publicRouteChunks(distDir),
  ]
  const hinted = new Set()
  while (queue.length > 0) {
    const name = queue.pop()
    const file = path.join(chunksDir, name)
    if (hinted.has(name) || !name.endsWith('.js') || !existsSync(file)) continue
    hinted.add(name)
    const code = readFileSync(file, 'utf8')
    // Chunks this one loads on demand: the runtime fetches them by these paths.
    for (const match of code.matchAll(/static\/chunks\/([\w.-]+\.js)/g)) queue.push(match[1])
    if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, `${COMPILE_HINT}\n${code}`)
  }
  return [...hinted].sort()
}
