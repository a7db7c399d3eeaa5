import { describe, expect, it } from 'vitest'

import { seedRouteTexts } from '@/content/routeTexts'
import { routeTextsSeed } from '@/lib/routeFinder/texts'
import { ROUTE_IDS } from '@/lib/routeFinder'

import { createUser, itNeedingUniqueIndexes, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
// One entry per route is held by the routeId's unique index.
const itWithUniqueIndexes = await itNeedingUniqueIndexes()

describe('route texts', () => {
  it('are seeded for every route in every language, once', async () => {
    expect(await seedRouteTexts(db.payload)).toBe(ROUTE_IDS.length)
    expect(await seedRouteTexts(db.payload)).toBe(0)
    const { docs } = await db.payload.find({
      collection: 'route-texts',
      locale: 'pl',
      overrideAccess: false,
      limit: 100,
    })
    expect(docs).toHaveLength(ROUTE_IDS.length)
    const appeal = docs.find((doc) => doc.routeId === 'tribunal-appeal')
    expect(appeal?.title).toBe(routeTextsSeed.pl['tribunal-appeal'].title)
    expect(appeal?.href).toBe('/resolving-a-disagreement/send-tribunal-appeals')
  })

  it('can be changed by editors only', async () => {
    const { docs } = await db.payload.find({ collection: 'route-texts', limit: 1 })
    const update = (user?: Awaited<ReturnType<typeof createUser>>) =>
      db.payload.update({
        collection: 'route-texts',
        id: docs[0].id,
        data: { title: 'Changed' },
        overrideAccess: false,
        user,
        context: { disableRevalidate: true },
      })
    await expect(update()).rejects.toThrow()
    const editor = await createUser(db.payload, 'editor@example.org', 'publisher')
    await expect(update({ ...editor, collection: 'users' })).resolves.toMatchObject({
      title: 'Changed',
    })
  })

  itWithUniqueIndexes('keep one entry per route', async () => {
    const { docs } = await db.payload.find({ collection: 'route-texts', limit: 1 })
    await expect(
      db.payload.create({
        collection: 'route-texts',
        data: { routeId: docs[0].routeId, title: 'Duplicate' },
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow()
  })
})

describe('editor-added bank holidays', () => {
  const save = (date: string) =>
    db.payload.updateGlobal({
      slug: 'bank-holidays',
      data: { holidays: [{ date, title: 'Extra holiday' }] },
      context: { disableRevalidate: true },
    })

  it('accept a real date inside the years the calendar covers', async () => {
    const saved = await save('2027-06-04')
    expect(saved.holidays?.map((holiday) => holiday.date)).toEqual(['2027-06-04'])
    const read = await db.payload.findGlobal({ slug: 'bank-holidays', overrideAccess: false })
    expect(read.holidays).toHaveLength(1)
  })

  // Bank holidays are computed for any year the calculator accepts (2000 to 2100), so an editor
  // can add an exception years ahead; dates outside those years are refused.
  it('accept a date years ahead, beyond the shipped list', async () => {
    const saved = await save('2040-01-02')
    expect(saved.holidays?.map((holiday) => holiday.date)).toEqual(['2040-01-02'])
  })

  it.each(['2027-02-30', '4 June 2027', '1999-12-31', '2101-01-03'])('refuse %s', async (date) => {
    await expect(save(date)).rejects.toThrow()
  })

  it('cannot be changed anonymously', async () => {
    await expect(
      db.payload.updateGlobal({
        slug: 'bank-holidays',
        data: { holidays: [] },
        overrideAccess: false,
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow()
  })
})
