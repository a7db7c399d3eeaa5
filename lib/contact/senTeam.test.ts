import { describe, expect, it } from 'vitest'

import { senTeamContact } from './senTeam'

type Team = Parameters<typeof senTeamContact>[0]['senTeam']

describe('senTeamContact: what the public pages show of Site settings > SEN team', () => {
  it.each<[string, Team, ReturnType<typeof senTeamContact>]>([
    ['no group at all', undefined, null],
    ['only a name and hours: nothing to contact', { name: 'SEN team', hours: '9 to 5' }, null],
    ['blank phone and e-mail', { phone: '  ', email: '' }, null],
    [
      'phone only',
      { name: 'SEN team', phone: '0151 934 3628' },
      {
        name: 'SEN team',
        phone: { text: '0151 934 3628', href: 'tel:01519343628' },
        email: null,
        address: [],
        hours: null,
      },
    ],
    [
      'e-mail and a multi-line address, no name',
      { email: ' sen@example.org ', address: 'Town Hall\r\n\r\n  High Street\nAnytown AB1 2CD ' },
      {
        name: null,
        phone: null,
        email: { text: 'sen@example.org', href: 'mailto:sen@example.org' },
        address: ['Town Hall', 'High Street', 'Anytown AB1 2CD'],
        hours: null,
      },
    ],
    [
      'a phone with no digits keeps its text without a link',
      { phone: 'Ask at reception', hours: 'Mon to Fri' },
      {
        name: null,
        phone: { text: 'Ask at reception', href: null },
        email: null,
        address: [],
        hours: 'Mon to Fri',
      },
    ],
  ])('%s', (_case, senTeam, expected) => {
    expect(senTeamContact({ senTeam })).toEqual(expected)
  })
})
