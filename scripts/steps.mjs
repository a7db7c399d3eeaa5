// Shared steps for the start, build and e2e scripts. Every child runs with stdin closed, so
// nothing can ever wait on an interactive prompt (CI has no stdin).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { addCompileHints } from './compile-hints.mjs'

export const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

export function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command === 'node' ? process.execPath : bin(command), args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

/** Applies committed migrations (on connect) and seeds the database if it is empty, only. */
export async function prepareDatabase(env = {}) {
  mkdirSync(path.resolve(root, env.DATA_DIR ?? process.env.DATA_DIR ?? 'data'), { recursive: true })
  // tsx rather than `payload run`: on Node 20 the latter's off-thread loader sometimes exits 0
  // before the script has even started, leaving an empty database behind without a word.
  await run('tsx', ['content/seed.ts', '--if-empty'], env)
}

/** The build's folder, absolute: NEXT_DIST_DIR (from `env`, else the process's) or `.next`. */
export const distDir = (env = {}) =>
  path.resolve(root, env.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || '.next')

/** `next build`, then the compile hint on the public site's scripts (scripts/compile-hints.mjs). */
export async function build(env = {}) {
  await run('next', ['build'], env)
  const hinted = addCompileHints(distDir(env))
  console.log(`Compile hint added to ${hinted.length} public chunks.`)
}

export const hasBuild = () => existsSync(path.join(distDir(), 'BUILD_ID'))

/** Serves the build with scripts/server.mjs, which tells the app each request's TCP peer. */
export function start(port = process.env.PORT ?? '3000', env = {}) {
  return run('node', [path.join(root, 'scripts', 'server.mjs')], { ...env, PORT: String(port) })
}
