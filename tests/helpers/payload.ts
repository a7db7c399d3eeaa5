import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { afterAll, beforeAll, it } from 'vitest'

/** The database adapters the integration suite runs on. */
export type TestAdapter = 'sqlite' | 'mongodb'

/**
 * Which adapter this test run uses: `TEST_DATABASE=mongodb` (set by `npm run test:mongo`) runs
 * the integration suite on the MongoDB server at `MONGODB_URI`; anything else, SQLite.
 * Throws when MongoDB is asked for without a server, so such a run can never pass by skipping.
 */
export function testAdapter(env: NodeJS.ProcessEnv = process.env): TestAdapter {
  if (env.TEST_DATABASE !== 'mongodb') return 'sqlite'
  if (!env.MONGODB_URI) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI (a test server).')
  return 'mongodb'
}

/**
 * `base` (a mongodb:// URI, with or without a database) pointed at a new database named
 * `portal-test-<time>-<random>`: each test file, and each run on the same server, starts empty.
 */
export function freshMongoUri(base: string): string {
  const url = new URL(base)
  const name = `portal-test-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Points this test file at an empty database of the run's adapter (see testAdapter) before any
 * module reads the environment: a new temporary DATA_DIR (SQLite file and secret) and, on MongoDB,
 * a fresh database. Runs from tests/setup/database.ts ahead of every test file, because a test
 * that imports a module importing `@payload-config` evaluates the config before its own hooks.
 * Returns the clean-up (removes the temporary folder).
 */
export function prepareTestDatabaseEnv(): () => void {
  const adapter = testAdapter()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  if (adapter === 'mongodb') process.env.DATABASE_URI = freshMongoUri(process.env.MONGODB_URI!)
  else delete process.env.DATABASE_URI
  return () => fs.rmSync(dataDir, { recursive: true, force: true })
}

/**
 * Boots Payload's Local API on the empty database prepareTestDatabaseEnv chose: a temporary
 * SQLite file with the committed migrations, exactly as production builds its schema, or a fresh
 * MongoDB database (no migrations). Call once per test file (modules are per file).
 */
export async function bootPayload(): Promise<{ payload: Payload; dataDir: string }> {
  const dataDir = process.env.DATA_DIR
  if (!dataDir?.startsWith(os.tmpdir())) {
    throw new Error('tests/setup/database.ts did not run: refusing to boot Payload on real data.')
  }
  const [{ default: config }, { getPayload }, { migrations }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/migrations'),
  ])
  // getPayload caches instances on `global`, which test files in one worker share: key by file.
  const payload = await getPayload({ config, key: dataDir })
  // The generated migrations are typed for the SQLite adapter; migrate() takes any adapter's.
  if (testAdapter() === 'sqlite') await payload.db.migrate({ migrations: migrations as never })
  return { payload, dataDir }
}

/**
 * Ends the instance; on MongoDB also drops its database (the test server keeps it in memory).
 * The drop uses a client of its own, not the instance's connection: on a busy machine the test
 * server can miss the instance's heartbeat, leaving that connection buffering when the file ends
 * (CI saw `dropDatabase` time out after every test had passed). A drop that still fails only
 * leaves an in-memory database behind, so it is reported, not thrown.
 */
export async function shutDownPayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  try {
    if (payload.db.name === 'mongoose') await dropTestDatabase(process.env.DATABASE_URI)
  } finally {
    await payload.destroy()
  }
}

async function dropTestDatabase(uri: string | undefined): Promise<void> {
  if (!uri || !new URL(uri).pathname.startsWith('/portal-test-')) return
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 30_000 })
  try {
    await client.connect()
    await client.db().dropDatabase()
  } catch (error) {
    console.warn(`Could not drop the test database ${new URL(uri).pathname}: ${String(error)}`)
  } finally {
    await client.close()
  }
}

/**
 * Whether the run's database refuses a duplicate in a unique index: SQLite and a real MongoDB do;
 * the CI's MongoDB emulator (CongoDB) creates such indexes but does not enforce them. Probed once
 * per test file in a throw-away database.
 */
export async function databaseEnforcesUniqueIndexes(): Promise<boolean> {
  if (testAdapter() === 'sqlite') return true
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(freshMongoUri(process.env.MONGODB_URI!))
  try {
    const probe = client.db().collection('unique_probe')
    await probe.createIndex({ key: 1 }, { unique: true })
    await probe.insertOne({ key: 1 })
    return await probe.insertOne({ key: 1 }).then(
      () => false,
      () => true,
    )
  } finally {
    await client.db().dropDatabase()
    await client.close()
  }
}

/**
 * `it` for a test that holds only because the database enforces a unique index (a rule the code
 * leaves to the database); skipped, saying why, on a server that does not enforce them.
 */
export async function itNeedingUniqueIndexes(): Promise<typeof it> {
  if (await databaseEnforcesUniqueIndexes()) return it
  return ((name: string, ...rest: unknown[]) =>
    it.skip(
      `${name} [skipped: this MongoDB server does not enforce unique indexes]`,
      ...(rest as []),
    )) as unknown as typeof it
}

export async function createUser(payload: Payload, email: string, role: Role) {
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
    await shutDownPayload(holder.payload)
  })
  return holder
}
