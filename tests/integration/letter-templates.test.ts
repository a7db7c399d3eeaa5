import { describe, expect, it } from 'vitest'

import { seedLetterTemplates } from '@/content/letterTemplates'
import { DEFAULT_EXPLANATIONS } from '@/lib/letters/defaults'
import { LETTER_IDS } from '@/lib/letters/definitions'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const context = { disableRevalidate: true }

describe('letter texts in the CMS', () => {
  it('are seeded once, with the explanation in every language', async () => {
    expect(await seedLetterTemplates(db.payload)).toBe(LETTER_IDS.length)
    expect(await seedLetterTemplates(db.payload)).toBe(0)
    const { docs } = await db.payload.find({
      collection: 'letter-templates',
      locale: 'ur',
      overrideAccess: false,
    })
    expect(docs).toHaveLength(LETTER_IDS.length)
    const review = docs.find((doc) => doc.letterId === 'early-review')!
    expect(review.explanation).toBe(DEFAULT_EXPLANATIONS['early-review'].ur)
    expect(review.legalBasis).toContain('s44(1)')
  })

  it('refuse a body with an unknown placeholder, naming it', async () => {
    const { docs } = await db.payload.find({
      collection: 'letter-templates',
      where: { letterId: { equals: 'deliver-section-f' } },
    })
    const save = (body: string) =>
      db.payload.update({ collection: 'letter-templates', id: docs[0].id, context, data: { body } })
    // Payload's ValidationError carries each field's message, as the admin shows it.
    await expect(
      save('About {{childName}} at {{schoolName}} and {{issues}}.'),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            path: 'body',
            message: expect.stringMatching(
              /^Unknown placeholders: \{\{schoolName\}\}, \{\{issues\}\}\. This letter can use: /,
            ),
          },
        ],
      },
    })
    await expect(save('About {{childName}}: {{provision}}')).resolves.toMatchObject({
      body: 'About {{childName}}: {{provision}}',
    })
  })

  it('can be changed by editors only, and each letter has one text', async () => {
    const { docs } = await db.payload.find({ collection: 'letter-templates', limit: 1 })
    const update = (user?: Awaited<ReturnType<typeof createUser>>) =>
      db.payload.update({
        collection: 'letter-templates',
        id: docs[0].id,
        data: { legalBasis: 'Children and Families Act 2014, s36' },
        overrideAccess: false,
        user,
        context,
      })
    await expect(update()).rejects.toThrow()
    const editor = await createUser(db.payload, 'letters-editor@example.org', 'publisher')
    await expect(update({ ...editor, collection: 'users' })).resolves.toBeTruthy()
    await expect(
      db.payload.create({
        collection: 'letter-templates',
        context,
        data: {
          letterId: docs[0].letterId,
          subject: 'A second text',
          body: 'Dear council',
          legalBasis: 'Children and Families Act 2014, s42(2)',
          explanation: 'A second explanation',
        },
      }),
    ).rejects.toThrow()
  })
})
