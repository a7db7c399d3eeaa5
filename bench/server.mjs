// A production server for the benchmarks, on its own seeded database, started and stopped here.
// Like Playwright's web server (scripts/e2e-server.mjs): a fresh DATA_DIR, seeded, then
// scripts/server.mjs; never data/portal.db, which a developer may be using.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { build, hasBuild, prepareDatabase, root } from '../scripts/steps.mjs'

/** `--name value` or `--name=value` from argv, else the fallback. */
export function flag(name, fallback) {
  const args = process.argv.slice(2)
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1]
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3)
  }
  return fallback
}

const LOCAL = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/

/**
 * The base URL to measure: `--url` (an already running server on this machine), or a server
 * started here on `--port` (default `defaultPort`) over a fresh seeded database in `--data`
 * (default data/bench-<port>), building first when there is no build or `--build` is given.
 * Returns `{ base, stop }`; stop() ends the server's whole process group.
 */
export async function benchServer(defaultPort) {
  const url = flag('url')
  if (url) {
    if (!LOCAL.test(url)) throw new Error('Benchmarks only target this machine (localhost).')
    return { base: url, stop: async () => {} }
  }
  const port = String(flag('port', defaultPort))
  const DATA_DIR = flag('data', `data/bench-${port}`)
  const base = `http://localhost:${port}`
  // Prerendered pages carry the server's address (canonical and alternate links) from the build:
  // build with this port's address for Lighthouse's canonical audit to see its own origin.
  const env = { DATA_DIR, NEXT_PUBLIC_SERVER_URL: base }
  rmSync(path.resolve(root, DATA_DIR), { recursive: true, force: true })
  await prepareDatabase(env)
  if (!hasBuild() || process.argv.includes('--build')) await build(env)
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    detached: true, // its own process group, so stop() ends next-server too
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...env,
      PORT: port,
      SEED_ADMIN_EMAIL: '',
      SEED_ADMIN_PASSWORD: '',
    },
  })
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', stop)
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return { base, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`the server on ${base} did not answer within 2 minutes`)
}
