import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
let payload: Payload
const users: Record<string, User> = {}

beforeAll(async () => {
  payload = db.payload
  for (const role of ['admin', 'publisher', 'author', 'caseworker'] as const) {
    users[role] = await payload.create({
      collection: 'users',
      data: { email: `${role}@example.org`, password: 'plum-kettle-orbit-lantern', role } as User,
    })
  }
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { councilName: 'Anytown Council', callbackRetentionDays: 90 },
    context: { disableRevalidate: true },
  })
})

const update = (role: string, data: Record<string, unknown>) =>
  payload.updateGlobal({
    slug: 'site-settings',
    data,
    overrideAccess: false,
    user: users[role],
    context: { disableRevalidate: true },
  })

describe('Site settings: who may change the SEN team contact (issue 15)', () => {
  it('a publisher changes the SEN team phone; other settings stay as they were', async () => {
    await update('publisher', {
      senTeam: { phone: '0151 934 0000', email: 'sen@example.org' },
      councilName: 'Renamed by a publisher',
      callbackRetentionDays: 5,
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.senTeam?.phone).toBe('0151 934 0000')
    expect(settings.senTeam?.email).toBe('sen@example.org')
    expect(settings.councilName).toBe('Anytown Council')
    expect(settings.callbackRetentionDays).toBe(90)
  })

  it('an admin changes every setting', async () => {
    await update('admin', { councilName: 'Othertown Council', callbackRetentionDays: 30 })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.councilName).toBe('Othertown Council')
    expect(settings.callbackRetentionDays).toBe(30)
  })

  it.each(['author', 'caseworker'])('an %s may not change the settings', async (role) => {
    await expect(update(role, { senTeam: { phone: '0000' } })).rejects.toThrow()
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.senTeam?.phone).not.toBe('0000')
  })

  it('an empty phone number saves (the admin warns, it does not block)', async () => {
    await update('publisher', { senTeam: { phone: '' } })
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.senTeam?.phone ?? '').toBe('')
  })

  it('a phone number no phone could dial is refused on save, with the reason', async () => {
    await update('publisher', { senTeam: { phone: '0151 934 0000' } })
    await expect(update('publisher', { senTeam: { phone: 'ask at reception' } })).rejects.toThrow(
      /senTeam\.phone|Phone/,
    )
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.senTeam?.phone).toBe('0151 934 0000')
  })
})
