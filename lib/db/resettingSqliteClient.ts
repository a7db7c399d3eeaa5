import {
  createClient,
  type Client,
  type Config,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'

/** How long a write waits for another connection's lock before failing, in milliseconds. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/**
 * Per-connection settings, applied to every connection this client opens (the same values
 * Payload's `wal: true` and `busyTimeout` set, which it applies to the first connection only).
 * WAL lets readers carry on during a write; busy_timeout makes a write wait for a lock.
 */
function connectionPragmas(busyTimeoutMs: number): string[] {
  return [
    `PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`,
    'PRAGMA journal_mode = WAL',
    'PRAGMA journal_size_limit = 67108864',
    'PRAGMA synchronous = FULL',
  ]
}

/**
 * A libsql client that throws away its connection after any failed statement.
 *
 * Why: with @libsql/client 0.14, a statement that fails (for example "database is locked",
 * SQLITE_BUSY) is never reset, so SQLite's autocommit never commits again on that connection.
 * Every later write then reports success (and even returns an id) but is never stored, and the
 * next connection reuses the id. ROLLBACK cannot repair it ("no transaction is active"), so the
 * only safe move is a fresh connection before the next statement. Writes the broken connection
 * had not committed are exactly the failed one, which was already reported as failed.
 *
 * Shape: implements libsql's `Client`; `busyTimeoutMs` in milliseconds; errors are rethrown
 * unchanged after the reset.
 */
export class ResettingSqliteClient implements Client {
  #config: Config
  #busyTimeoutMs: number
  #inner: Client | null = null
  #closed = false
  /** How many times a connection was replaced after an error (read by tests and logs). */
  resets = 0

  constructor(config: Config, { busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS } = {}) {
    this.#config = config
    this.#busyTimeoutMs = busyTimeoutMs
  }

  get protocol(): string {
    return 'file'
  }

  get closed(): boolean {
    return this.#closed
  }

  async #client(): Promise<Client> {
    if (this.#inner) return this.#inner
    const client = createClient(this.#config)
    for (const pragma of connectionPragmas(this.#busyTimeoutMs)) await client.execute(pragma)
    this.#inner = client
    return client
  }

  #reset() {
    const broken = this.#inner
    this.#inner = null
    this.resets += 1
    try {
      broken?.close()
    } catch {
      // Closing a broken connection may fail too; it is dropped either way.
    }
  }

  async #run<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.#client()
    try {
      return await work(client)
    } catch (error) {
      this.#reset()
      throw error
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: never): Promise<ResultSet>
  execute(stmt: InStatement | string, args?: never): Promise<ResultSet> {
    return this.#run((client) =>
      typeof stmt === 'string' && args !== undefined
        ? client.execute({ sql: stmt, args })
        : client.execute(stmt),
    )
  }

  batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return this.#run((client) => client.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#run((client) => client.migrate(stmts))
  }

  /** A transaction runs on a connection of its own (libsql hands the current one over). */
  transaction(mode?: TransactionMode): Promise<Transaction> {
    return this.#run(async (client) => {
      const transaction = await client.transaction(mode)
      // libsql opens the next connection lazily and without our settings: open ours instead.
      this.#inner = null
      client.close()
      return transaction
    })
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#run((client) => client.executeMultiple(sql))
  }

  sync(): Promise<Replicated> {
    return this.#run((client) => client.sync())
  }

  close(): void {
    this.#closed = true
    this.#inner?.close()
    this.#inner = null
  }
}
