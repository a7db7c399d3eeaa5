import { describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const context = { disableRevalidate: true }

// `npm start` runs the seed on every start (scripts/steps.mjs): it must only ever fill an empty
// database, so what editors delete stays deleted.
describe('seeding at start', () => {
  it('does not re-create a provider, a route text or a council that an editor deleted', async () => {
    expect((await seed(db.payload)).seeded).toBe(true)
    const provider = (
      await db.payload.find({
        collection: 'providers',
        where: { slug: { equals: 'sefton-sendiass' } },
      })
    ).docs[0]!
    await db.payload.delete({ collection: 'providers', id: provider.id, context })
    await db.payload.delete({
      collection: 'route-texts',
      where: { routeId: { equals: 'mediation' } },
      context,
    })
    const councils = await db.payload.count({ collection: 'local-authorities' })
    const council = (await db.payload.find({ collection: 'local-authorities', limit: 1 })).docs[0]!
    await db.payload.delete({ collection: 'local-authorities', id: council.id, context })

    // The next start.
    expect(await seed(db.payload)).toMatchObject({ seeded: false })

    const again = await db.payload.find({
      collection: 'providers',
      where: { slug: { equals: 'sefton-sendiass' } },
      draft: true,
    })
    expect(again.docs).toHaveLength(0)
    const mediation = await db.payload.count({
      collection: 'route-texts',
      where: { routeId: { equals: 'mediation' } },
    })
    expect(mediation.totalDocs).toBe(0)
    expect((await db.payload.count({ collection: 'local-authorities' })).totalDocs).toBe(
      councils.totalDocs - 1,
    )
  })
})
