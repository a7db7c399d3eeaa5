// Playwright's web server for the MongoDB smoke run (playwright.mongo.config.ts). Each run seeds a
// database of its own, whose ids (MongoDB ObjectIds) differ from the last run's, so the data
// cache kept in the build folder (unstable_cache results such as the council list) must go first:
// otherwise the pages filter by the previous database's ids and find nothing.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { root } from './steps.mjs'

rmSync(path.resolve(root, process.env.NEXT_DIST_DIR || '.next-mongo', 'cache', 'fetch-cache'), {
  recursive: true,
  force: true,
})
await import('./e2e-server.mjs')
