import { describe, expect, it } from 'vitest'

import { isTransientDatabaseError } from './transient'

const named = (name: string) => Object.assign(new Error('x'), { name })
const labelled = (...labels: string[]) =>
  Object.assign(new Error('x'), {
    name: 'MongoServerError',
    hasErrorLabel: (label: string) => labels.includes(label),
  })

describe('isTransientDatabaseError: which failed writes may be tried once more', () => {
  it.each<[string, unknown, boolean]>([
    ['the pool was cleared under the write', named('MongoPoolClearedError'), true],
    ['the connection dropped', named('MongoNetworkError'), true],
    ['the connection timed out', named('MongoNetworkTimeoutError'), true],
    ['the driver labels it retryable', labelled('RetryableWriteError'), true],
    ['a server error with other labels', labelled('TransientTransactionError'), false],
    ['a duplicate key', Object.assign(named('MongoServerError'), { code: 11000 }), false],
    [
      'SQLite busy (it already waited)',
      Object.assign(new Error('SQLITE_BUSY'), { code: 'SQLITE_BUSY' }),
      false,
    ],
    ['a validation error', named('ValidationError'), false],
    ['nothing', undefined, false],
    ['a string', 'MongoPoolClearedError', false],
  ])('%s -> %s', (_, error, expected) => {
    expect(isTransientDatabaseError(error)).toBe(expected)
  })
})
