// Playwright's web server: a fresh seeded database and a production build of the current code.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { startMailCatcher } from './mailCatcher.mjs'
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

// The portal e-mails through its real SMTP adapter to a catcher that writes each message to
// <DATA_DIR>/mail.jsonl for the specs (e2e/helpers/mail.ts); 500 below the web port by default.
const port = process.env.PORT ?? '3100'
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(port) - 500)
await startMailCatcher(smtpPort, path.resolve(root, env.DATA_DIR, 'mail.jsonl'))
await start(port, {
  ...env,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  SMTP_SECURE: 'false',
  EMAIL_FROM: 'send-local-offer@council.example',
})
