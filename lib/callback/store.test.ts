import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { storeCallbackRequest, type StoredRequest } from './store'

const request: StoredRequest = {
  name: 'Parent',
  phone: '07700900982',
  preferredTime: 'morning',
  topic: 'mediation',
  message: '',
  consent: true,
  locale: 'en',
} as unknown as StoredRequest

const poolCleared = () =>
  Object.assign(new Error('pool cleared'), { name: 'MongoPoolClearedError' })

/**
 * A database that fails as told: each create takes the next outcome ('ok', 'landed-then-lost':
 * stored but the answer lost with the connection, or an error to throw).
 */
function fakePayload(outcomes: ('ok' | 'landed-then-lost' | Error)[]) {
  const stored: string[] = []
  let creates = 0
  const payload = {
    find: async ({ where }: { where: { idempotencyKey: { equals: string } } }) => ({
      docs: stored.includes(where.idempotencyKey.equals) ? [{ id: 1 }] : [],
    }),
    create: async ({ data }: { data: { idempotencyKey: string } }) => {
      const outcome = outcomes[creates++] ?? 'ok'
      if (outcome instanceof Error) throw outcome
      stored.push(data.idempotencyKey)
      if (outcome === 'landed-then-lost') throw poolCleared()
      return { id: 1 }
    },
  }
  return { payload: payload as unknown as Payload, stored, creates: () => creates }
}

describe('storeCallbackRequest: a lost connection is tried once more, never stored twice', () => {
  it.each<[string, ('ok' | 'landed-then-lost' | Error)[], boolean | 'throws', number, number]>([
    // [case, outcomes, duplicate (or throws), creates, stored]
    ['stored at once', ['ok'], false, 1, 1],
    ['the pool was cleared, then stored', [poolCleared(), 'ok'], false, 2, 1],
    ['stored, but the answer was lost: found, not stored again', ['landed-then-lost'], true, 1, 1],
    ['lost twice: the family is told', [poolCleared(), poolCleared()], 'throws', 2, 0],
    ['any other error: no second try', [new Error('validation')], 'throws', 1, 0],
  ])('%s', async (_, outcomes, duplicate, creates, storedCount) => {
    const db = fakePayload(outcomes)
    const result = storeCallbackRequest(db.payload, request, 'token:k')
    if (duplicate === 'throws') await expect(result).rejects.toThrow()
    else expect(await result).toEqual({ id: 1, duplicate })
    expect([db.creates(), db.stored.length]).toEqual([creates, storedCount])
  })
})
