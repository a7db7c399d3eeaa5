import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The one place that reads the environment. The local default needs no hand-written env:
 * SQLite in data/ and a secret generated into data/ on first start. Production on a real
 * database must be given its secret explicitly.
 */

// Resolved from the working directory: inside the build output import.meta.url points into .next/.
export const dataDir = path.resolve(
  /*turbopackIgnore: true*/ process.cwd(),
  process.env.DATA_DIR || 'data',
)

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; isDefault: boolean } | { kind: 'mongodb'; url: string }

/**
 * Which database to use, from `DATABASE_URI`: `mongodb://` or `mongodb+srv://` is MongoDB;
 * `file:...` is that SQLite file; unset or blank is the default SQLite file in `dataDir`
 * (portal-dev.db under `next dev`, else portal.db; `isDefault: true`). Throws an Error naming the
 * scheme for any other value.
 */
export function databaseChoice(uri = process.env.DATABASE_URI): DatabaseChoice {
  const value = uri?.trim()
  if (value && /^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  if (value && value.startsWith('file:')) return { kind: 'sqlite', url: value, isDefault: false }
  if (value) {
    throw new Error(
      `DATABASE_URI must start with file:, mongodb:// or mongodb+srv:// (got "${value.split(':')[0]}:...").`,
    )
  }
  // `next dev` pushes schema changes straight into its database; keep that away from the
  // migrated production file so migrations never meet a "dev" batch and prompt.
  const file = process.env.NODE_ENV === 'development' ? 'portal-dev.db' : 'portal.db'
  return { kind: 'sqlite', url: `file:${path.join(dataDir, file)}`, isDefault: true }
}

/** Creates `dataDir` (and its parents) if missing; throws the file system's error if it cannot. */
export function ensureDataDir(): void {
  fs.mkdirSync(dataDir, { recursive: true })
}

/**
 * The secret Payload signs sessions with: `PAYLOAD_SECRET` when set. Otherwise, on the default
 * SQLite database, a 64-hex-character secret (32 random bytes) kept in `dataDir/.payload-secret`
 * (created once, mode 0600; a second process starting at the same time reads the first one's).
 * Throws an Error in production (`NODE_ENV=production`) with `DATABASE_URI` set and no
 * `PAYLOAD_SECRET`, and the database choice's Error for a bad `DATABASE_URI`.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const db = databaseChoice(env.DATABASE_URI)
  if (env.NODE_ENV === 'production' && !(db.kind === 'sqlite' && db.isDefault)) {
    throw new Error(
      'PAYLOAD_SECRET is not set. In production with DATABASE_URI set, give PAYLOAD_SECRET a long ' +
        'random value (for example: openssl rand -hex 32). See .env.example.',
    )
  }
  ensureDataDir()
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = randomBytes(32).toString('hex')
    // 'wx' so two processes starting together cannot overwrite each other's secret.
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
      return secret
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}

/**
 * The site's public origin with no trailing slash, for absolute links (sitemap, metadata,
 * e-mails, Open Referral): `NEXT_PUBLIC_SERVER_URL`, default http://localhost:3000. Not validated.
 */
export function serverUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
}

/**
 * How long an SQLite write waits for another connection's lock before it fails, in milliseconds
 * (`SQLITE_BUSY_TIMEOUT_MS`, default 5000). While it waits the server's event loop is blocked,
 * so keep it short; a write that gives up is reported to the user as not sent.
 */
export function sqliteBusyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SQLITE_BUSY_TIMEOUT_MS?.trim()
  const value = raw ? Number(raw) : NaN
  return Number.isInteger(value) && value >= 0 ? value : 5000
}

/** How the portal sends e-mail: an SMTP server, or none (Payload then prints e-mails to the log). */
export type EmailSettings =
  | { kind: 'none' }
  | {
      kind: 'smtp'
      host: string
      port: number
      /** true = TLS from the first byte (usually port 465); false = STARTTLS when offered. */
      secure: boolean
      auth?: { user: string; pass: string }
      fromAddress: string
      fromName: string
    }

const TRUE_WORDS = ['1', 'true', 'yes', 'on']

/**
 * Reads `SMTP_HOST`, `SMTP_PORT` (default 465 when `SMTP_SECURE` is true, else 587),
 * `SMTP_SECURE`, `SMTP_USER` + `SMTP_PASS` (both or neither), `EMAIL_FROM` (the sender address)
 * and `EMAIL_FROM_NAME` (default "SEND Local Offer"). No `SMTP_HOST` means no e-mail: `{ kind:
 * 'none' }`. Throws an Error naming the variable when a value is unusable, so a council finds the
 * mistake at start-up rather than when the first family asks for a call back.
 */
export function emailSettings(env: NodeJS.ProcessEnv = process.env): EmailSettings {
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'none' }
  const secure = TRUE_WORDS.includes(env.SMTP_SECURE?.trim().toLowerCase() ?? '')
  const rawPort = env.SMTP_PORT?.trim()
  const port = rawPort ? Number(rawPort) : secure ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT must be a port number from 1 to 65535 (got "${rawPort}").`)
  }
  const user = env.SMTP_USER?.trim()
  const pass = env.SMTP_PASS
  if (!!user !== !!pass) {
    throw new Error('Set both SMTP_USER and SMTP_PASS, or neither (for a relay without login).')
  }
  const fromAddress = env.EMAIL_FROM?.trim()
  if (!fromAddress || !/^[^\s@<>]+@[^\s@<>]+$/.test(fromAddress)) {
    throw new Error(
      'EMAIL_FROM must be the address e-mails are sent from (for example send@council.gov.uk) ' +
        'when SMTP_HOST is set.',
    )
  }
  return {
    kind: 'smtp',
    host,
    port,
    secure,
    auth: user && pass ? { user, pass } : undefined,
    fromAddress,
    fromName: env.EMAIL_FROM_NAME?.trim() || 'SEND Local Offer',
  }
}
