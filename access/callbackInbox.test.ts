import { describe, expect, it } from 'vitest'

import { callbackInboxScope, hasCallbackInbox } from './callbackInbox'

type User = Parameters<typeof callbackInboxScope>[0]
const user = (fields: Record<string, unknown>) => ({ id: 1, ...fields }) as unknown as User

describe('callbackInboxScope: who reads which call-back requests', () => {
  it.each<[string, User, ReturnType<typeof callbackInboxScope>]>([
    ['nobody signed in', null, false],
    ['an admin', user({ role: 'admin' }), true],
    ['an admin who is also a provider', user({ role: 'admin', provider: 4 }), true],
    ['a publisher with no inbox', user({ role: 'publisher' }), false],
    ['a caseworker with no inbox', user({ role: 'caseworker' }), false],
    [
      'SEN team staff',
      user({ role: 'caseworker', senTeam: true }),
      { inbox: { equals: 'sen-team' } },
    ],
    [
      'a publisher in the SEN team',
      user({ role: 'publisher', senTeam: true }),
      { inbox: { equals: 'sen-team' } },
    ],
    [
      "a provider's staff (id)",
      user({ role: 'caseworker', provider: 4 }),
      { provider: { equals: 4 } },
    ],
    [
      "a provider's staff (populated)",
      user({ role: 'caseworker', provider: { id: 9, name: 'Mediation' } }),
      { provider: { equals: 9 } },
    ],
    [
      'SEN team and a provider',
      user({ role: 'caseworker', senTeam: true, provider: 4 }),
      { or: [{ inbox: { equals: 'sen-team' } }, { provider: { equals: 4 } }] },
    ],
    ['senTeam must be exactly true', user({ role: 'caseworker', senTeam: 'yes' }), false],
    ['an empty provider', user({ role: 'caseworker', provider: null }), false],
    [
      'an unknown role with a provider',
      user({ role: 'visitor', provider: 4 }),
      { provider: { equals: 4 } },
    ],
  ])('%s', (_case, who, expected) => {
    expect(callbackInboxScope(who)).toEqual(expected)
    expect(hasCallbackInbox(who)).toBe(expected !== false)
  })
})
