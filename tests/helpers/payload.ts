import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

/**
 * Boots Payload's Local API on a fresh temporary SQLite file with the committed migrations,
 * exactly as production builds its schema. Call once per test file (modules are per file).
 */
export async function bootPayload(): Promise<{ payload: Payload; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  delete process.env.DATABASE_URI
  const [{ default: config }, { getPayload }, { migrations }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/migrations'),
  ])
  // getPayload caches instances on `global`, which test files in one worker share: key by file.
  const payload = await getPayload({ config, key: dataDir })
  // The generated migrations are typed for the SQLite adapter; migrate() takes any adapter's.
  await payload.db.migrate({ migrations: migrations as never })
  return { payload, dataDir }
}

export async function createUser(payload: Payload, email: string, role: 'admin' | 'editor') {
  return payload.create({
    collection: 'users',
    data: { email, password: 'plum-kettle-orbit-lantern', role },
  })
}

/** Boots Payload for the test file's lifetime; read `.payload` inside tests and hooks. */
export function payloadForThisFile(): { payload: Payload } {
  const holder = {} as { payload: Payload }
  beforeAll(async () => {
    holder.payload = (await bootPayload()).payload
  })
  afterAll(async () => {
    await holder.payload?.destroy()
  })
  return holder
}
