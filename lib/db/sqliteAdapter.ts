import type { sqliteAdapter } from '@payloadcms/db-sqlite'

import { ResettingSqliteClient, SQLITE_BUSY_TIMEOUT_MS } from './resettingSqliteClient'

type SqliteAdapterObj = ReturnType<typeof sqliteAdapter>

/**
 * Payload's SQLite adapter on a connection that is replaced after any failed statement, with the
 * busy timeout, WAL and sync settings on every connection (see ResettingSqliteClient). Payload's
 * own `connect` keeps a client it finds in place, so giving it ours before it connects is enough.
 *
 * Takes the adapter rather than building it: payload.config.ts must import
 * `@payloadcms/db-sqlite` itself, near the top, as before. Imported later (from here), module
 * evaluation order changed and `tsx content/seed.ts` often stopped with exit code 13 (an
 * unsettled top-level await) before it had started.
 */
export function withResettingClient(
  base: SqliteAdapterObj,
  { busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS } = {},
): SqliteAdapterObj {
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
