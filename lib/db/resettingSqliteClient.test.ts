import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, describe, expect, it } from 'vitest'

import { ResettingSqliteClient } from './resettingSqliteClient'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((f) => fs.rmSync(f, { recursive: true, force: true })))

async function setUp() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'resetting-client-'))
  folders.push(folder)
  const file = path.join(folder, 't.db')
  const client = new ResettingSqliteClient({ url: `file:${file}` }, { busyTimeoutMs: 50 })
  await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)')
  const committed = () => {
    const fresh = new Database(file)
    const rows = fresh.prepare('SELECT id, v FROM t ORDER BY id').all()
    fresh.close()
    return rows
  }
  return { client, file, committed }
}

describe('ResettingSqliteClient', () => {
  it('sets the busy timeout and WAL on its connection', async () => {
    const { client } = await setUp()
    const timeout = await client.execute('PRAGMA busy_timeout')
    const journal = await client.execute('PRAGMA journal_mode')
    expect(Number(Object.values(timeout.rows[0]!)[0])).toBe(50)
    expect(String(Object.values(journal.rows[0]!)[0])).toBe('wal')
    client.close()
  })

  it.each([
    ['INSERT ... RETURNING', 'INSERT INTO t (v) VALUES (?) RETURNING id'],
    ['plain INSERT', 'INSERT INTO t (v) VALUES (?)'],
  ])('after "database is locked" on %s, the next write is really stored', async (_, sql) => {
    const { client, file, committed } = await setUp()
    const locker = new Database(file)
    locker.exec('BEGIN IMMEDIATE')
    await expect(client.execute({ sql, args: ['while locked'] })).rejects.toMatchObject({
      code: 'SQLITE_BUSY',
    })
    locker.exec('ROLLBACK')
    locker.close()
    await client.execute({ sql, args: ['after'] })
    await client.execute({ sql, args: ['and again'] })
    expect(committed()).toEqual([
      { id: 1, v: 'after' },
      { id: 2, v: 'and again' },
    ])
    expect(client.resets).toBe(1)
    // The new connection has the same settings.
    const timeout = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(timeout.rows[0]!)[0])).toBe(50)
    client.close()
  })

  it('keeps its settings on the connection after a transaction', async () => {
    const { client, committed } = await setUp()
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['in tx'] })
    await tx.commit()
    const timeout = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(timeout.rows[0]!)[0])).toBe(50)
    expect(committed()).toEqual([{ id: 1, v: 'in tx' }])
    client.close()
  })
})
