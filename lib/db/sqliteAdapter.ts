import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { ResettingSqliteClient, SQLITE_BUSY_TIMEOUT_MS } from './resettingSqliteClient'

type SqliteArgs = Parameters<typeof sqliteAdapter>[0]

/**
 * Payload's SQLite adapter on a connection that is replaced after any failed statement, with the
 * busy timeout, WAL and sync settings on every connection (see ResettingSqliteClient). Payload's
 * own `connect` keeps a client it finds in place, so giving it ours before it connects is enough.
 */
export function reliableSqliteAdapter(
  args: Omit<SqliteArgs, 'wal' | 'busyTimeout'>,
  { busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS } = {},
): ReturnType<typeof sqliteAdapter> {
  const base = sqliteAdapter(args)
  return {
    ...base,
    init: (options) => {
      const adapter = base.init(options)
      adapter.client = new ResettingSqliteClient(adapter.clientConfig, { busyTimeoutMs })
      adapter.busyTimeout = busyTimeoutMs
      return adapter
    },
  }
}
