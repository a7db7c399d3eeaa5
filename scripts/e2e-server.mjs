// Playwright's web server: a fresh seeded database and a production build of the current code.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { build, prepareDatabase, root, start } from './steps.mjs'

// Playwright stands in for the reverse proxy: X-Forwarded-For from loopback is believed, so specs
// can act as different clients (production sets TRUSTED_PROXIES to its proxy's address).
const env = {
  DATA_DIR: process.env.DATA_DIR ?? 'data/e2e',
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '127.0.0.1, ::1',
}
rmSync(path.resolve(root, env.DATA_DIR), { recursive: true, force: true })
await prepareDatabase(env)
if (!process.env.E2E_SKIP_BUILD) await build(env)
await start(process.env.PORT ?? '3100', env)
