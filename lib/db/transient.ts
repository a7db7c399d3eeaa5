/** The MongoDB driver's errors for a connection lost or reset before the server answered. */
const MONGO_CONNECTION_ERRORS = new Set([
  'MongoPoolClearedError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
])

type MaybeMongoError = { name?: unknown; hasErrorLabel?: (label: string) => boolean }

/**
 * Whether a failed database call may be tried once more: true for MongoDB errors that mean the
 * connection was lost or its pool reset before the server answered (the driver's own
 * `RetryableWriteError` label, or a network or pool-cleared error), which the driver retries
 * by itself only on a replica set; false for anything else, including SQLite's "database is
 * locked", which already waits (lib/env.ts) and must then be reported, and validation or
 * unique-key errors. Only for writes that are safe to repeat (idempotent). Never throws.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, hasErrorLabel } = error as MaybeMongoError
  if (typeof hasErrorLabel === 'function' && hasErrorLabel.call(error, 'RetryableWriteError')) {
    return true
  }
  return typeof name === 'string' && MONGO_CONNECTION_ERRORS.has(name)
}
