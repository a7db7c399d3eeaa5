import { defineConfig } from '@playwright/test'

import base from './playwright.config'

// The e2e smoke run on the MongoDB adapter (`npm run test:mongo`): a production build seeded into
// a fresh database on the server at MONGODB_URI, served on its own port with its own build
// folder, so it never meets the SQLite run's build or database. A handful of specs: the home
// page, a guide, providers, a call-back request, the admin's first account and a publish.
const PORT = Number(process.env.E2E_MONGO_PORT ?? 3230)
const baseURL = `http://localhost:${PORT}`

if (!process.env.MONGODB_URI) throw new Error('The MongoDB e2e run needs MONGODB_URI.')
// Set once here, in the main process, so Playwright's workers inherit the same name.
if (!process.env.E2E_MONGO_DATABASE) {
  process.env.E2E_MONGO_DATABASE = `portal-e2e-${Date.now().toString(36)}`
}
const database = new URL(process.env.MONGODB_URI)
database.pathname = `/${process.env.E2E_MONGO_DATABASE}`

export default defineConfig({
  ...base,
  testMatch: ['pages.spec.ts', 'providers.spec.ts', 'callback.spec.ts', 'admin.spec.ts'],
  grep: [
    /en: pages render home page/,
    /ur: pages render home page/,
    /en: pages render guide \/resolving-a-disagreement\/mediation$/,
    /en: providers lists, filters/,
    /en: providers a provider page shows how to get in touch/,
    /en: call-back request on the mediation guide shows every problem/,
    /the first account is created on an empty database/,
    /an editor publishes a change in the admin/,
  ],
  use: { ...base.use, baseURL },
  webServer: {
    command: 'node scripts/e2e-mongo-server.mjs',
    url: `${baseURL}/en`,
    env: {
      PORT: String(PORT),
      NEXT_PUBLIC_SERVER_URL: baseURL,
      DATABASE_URI: database.toString(),
      PAYLOAD_SECRET: 'e2e-mongo-secret',
      DATA_DIR: 'data/e2e-mongo',
      NEXT_DIST_DIR: '.next-mongo',
      SEED_ADMIN_EMAIL: '',
      SEED_ADMIN_PASSWORD: '',
    },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
