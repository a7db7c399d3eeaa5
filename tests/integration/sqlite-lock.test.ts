// "database is locked": another connection holds SQLite's write lock while call-back requests
// arrive. Each request must be either stored and reported sent, or reported failed; never
// reported sent and then lost, and no id is ever handed out twice.
import path from 'node:path'

import { Writable } from 'node:stream'

import Database from 'libsql'
import { symbols } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'

import { createRateLimiter } from '@/lib/rateLimit'
import { submitCallbackRequest } from '@/lib/callback/submit'
import { ResettingSqliteClient } from '@/lib/db/resettingSqliteClient'

import { payloadForThisFile } from '../helpers/payload'

// Short waits keep the test quick; the behaviour is the same with the default 5 s.
process.env.SQLITE_BUSY_TIMEOUT_MS = '150'
const db = payloadForThisFile()
const roomy = () => createRateLimiter({ limit: 1000, windowMs: 60_000 })

const openFile = () => {
  const file = path.join(process.env.DATA_DIR!, 'portal.db')
  return new Database(file)
}

function form(name: string) {
  return new URLSearchParams({
    name,
    phone: '07700 900982',
    preferredTime: 'any',
    topic: 'mediation',
    message: '',
    consent: 'yes',
    locale: 'ur',
    token: crypto.randomUUID(),
  })
}

/** Everything Payload's own logger writes (through the site's options) until `stop()`. */
function captureLog() {
  const logger = db.payload.logger as unknown as Record<symbol, unknown>
  const original = logger[symbols.streamSym]
  const lines: string[] = []
  logger[symbols.streamSym] = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return {
    lines,
    stop: () => {
      logger[symbols.streamSym] = original
    },
  }
}

type Row = { id: number; name: string }
/** What a brand-new connection sees: only what was really committed. */
function committedRows(): Row[] {
  const fresh = openFile()
  try {
    return fresh.prepare('SELECT id, name FROM callback_requests ORDER BY id').all() as Row[]
  } finally {
    fresh.close()
  }
}

const openLocks: Database.Database[] = []
afterAll(() => openLocks.forEach((c) => c.open && c.close()))

function holdWriteLock() {
  const locker = openFile()
  openLocks.push(locker)
  locker.exec('BEGIN IMMEDIATE')
  return () => {
    locker.exec('ROLLBACK')
    locker.close()
  }
}

describe('SQLite write lock held by another connection', () => {
  it('gives every connection the busy timeout', async () => {
    const client = (db.payload.db as unknown as { client: ResettingSqliteClient }).client
    expect(client).toBeInstanceOf(ResettingSqliteClient)
    const { rows } = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(rows[0]!)[0])).toBe(150)
  })

  it('reports each request as sent only if it is stored, before, during and after the lock', async () => {
    const outcomes: { name: string; status: string }[] = []
    const send = async (name: string) => {
      const state = await submitCallbackRequest(db.payload, form(name), {
        client: name,
        limiter: roomy(),
        requestId: `request-${outcomes.length}`,
      })
      outcomes.push({ name, status: state.status })
      return state
    }
    const log = captureLog()

    await send('Before Lock')
    const release = holdWriteLock()
    const during = []
    for (let i = 0; i < 5; i++) during.push(await send(`During Lock ${i}`))
    release()
    for (let i = 0; i < 9; i++) await send(`After Lock ${i}`)

    // While the lock was held nothing could be written: every attempt said so, keeping the answers.
    expect(during.map((s) => s.status)).toEqual(Array(5).fill('failed'))
    expect(during[0]!.values.name).toBe('During Lock 0')
    // After it, every request went through...
    expect(
      outcomes.filter((o) => o.name.startsWith('After')).every((o) => o.status === 'sent'),
    ).toBe(true)
    // ...and exactly the requests reported sent are stored, once each, with distinct ids.
    const rows = committedRows()
    const sent = outcomes.filter((o) => o.status === 'sent').map((o) => o.name)
    expect(rows.map((r) => r.name).sort()).toEqual([...sent].sort())
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    expect(rows).toHaveLength(10)
    // The failures were logged with a code and the request id, never the family's details.
    log.stop()
    const failures = log.lines.map((line) => JSON.parse(line)).filter((l) => l.level === 50)
    expect(failures).toHaveLength(5)
    expect(failures[0]).toMatchObject({ code: 'SQLITE_BUSY', requestId: 'request-1' })
    expect(log.lines.join('')).not.toMatch(/During Lock|07700/)
  })

  it('never hands out an id twice through Payload create, however often the lock comes and goes', async () => {
    const reported: number[] = []
    let failures = 0
    for (let round = 0; round < 4; round++) {
      const release = holdWriteLock()
      await expect(
        db.payload.create({
          collection: 'callback-requests',
          data: {
            name: `Locked ${round}`,
            phone: '07700900982',
            preferredTime: 'any',
            topic: 'other',
            consent: true,
            idempotencyKey: `locked-${round}`,
            status: 'new',
          },
        }),
      ).rejects.toThrow()
      failures += 1
      release()
      for (let i = 0; i < 2; i++) {
        const created = await db.payload.create({
          collection: 'callback-requests',
          data: {
            name: `Created ${round}.${i}`,
            phone: '07700900982',
            preferredTime: 'any',
            topic: 'other',
            consent: true,
            idempotencyKey: `created-${round}-${i}`,
            status: 'new',
          },
        })
        reported.push(created.id)
      }
    }
    expect(failures).toBe(4)
    // What Payload's REST handler logs for such a failure (logError: { err }) keeps no values.
    const release = holdWriteLock()
    const error = await db.payload
      .create({
        collection: 'callback-requests',
        data: {
          name: 'Logged Person',
          phone: '07700900555',
          preferredTime: 'any',
          topic: 'other',
          consent: true,
          idempotencyKey: 'logged',
          status: 'new',
        },
      })
      .catch((e: unknown) => e)
    release()
    const log = captureLog()
    db.payload.logger.error({ err: error })
    log.stop()
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(/SQLITE_BUSY/)
    expect(log.lines[0]).not.toMatch(/Logged Person|07700900555/)
    expect(new Set(reported).size).toBe(reported.length)
    const stored = new Map(committedRows().map((r) => [r.id, r.name]))
    for (const id of reported) expect(stored.has(id)).toBe(true)
    expect([...stored.values()].filter((n) => n.startsWith('Locked'))).toEqual([])
  })
})
