import { describe, expect, it } from 'vitest'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()

describe('users', () => {
  it('makes the first account on an empty database an admin, whatever it asked for', async () => {
    const first = await db.payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a-long-password-1', role: 'author' },
    })
    expect(first.role).toBe('admin')
    const second = await createUser(db.payload, 'second@example.org', 'publisher')
    expect(second.role).toBe('publisher')
  })

  it('gives a new account the least power (author) unless an admin chooses', async () => {
    const made = await db.payload.create({
      collection: 'users',
      data: { email: 'no-role@example.org', password: 'a-long-password-4' } as never,
    })
    expect(made.role).toBe('author')
  })

  it('refuses anonymous reads of accounts', async () => {
    await expect(db.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /not allowed/,
    )
  })

  it('shows a caseworker only their own account', async () => {
    const caseworker = await createUser(db.payload, 'only-me@example.org', 'caseworker')
    const { docs } = await db.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: caseworker,
    })
    expect(docs.map((u) => u.email)).toEqual(['only-me@example.org'])
  })

  it("shows content staff each other's accounts (who changed a page) but not caseworkers", async () => {
    const author = await createUser(db.payload, 'colleague@example.org', 'author')
    const { docs } = await db.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: author,
      limit: 0,
    })
    const emails = docs.map((u) => u.email)
    expect(emails).toEqual(expect.arrayContaining(['colleague@example.org', 'second@example.org']))
    expect(emails).not.toContain('only-me@example.org')
  })

  it.each(['author', 'publisher'] as const)(
    'does not let an %s create users or promote themselves',
    async (role) => {
      const staff = await createUser(db.payload, `climber-${role}@example.org`, role)
      await expect(
        db.payload.create({
          collection: 'users',
          overrideAccess: false,
          user: staff,
          data: { email: `new-${role}@example.org`, password: 'a-long-password-2', role: 'admin' },
        }),
      ).rejects.toThrow()
      const updated = await db.payload.update({
        collection: 'users',
        id: staff.id,
        overrideAccess: false,
        user: staff,
        data: { role: 'admin', name: 'Still the same role' },
      })
      expect(updated.role).toBe(role)
      expect(updated.name).toBe('Still the same role')
    },
  )

  it('lets an admin manage users', async () => {
    const admin = await createUser(db.payload, 'boss@example.org', 'admin')
    const made = await db.payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: { email: 'made-by-admin@example.org', password: 'a-long-password-3', role: 'author' },
    })
    const { docs } = await db.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: admin,
    })
    expect(docs.map((u) => u.email)).toContain(made.email)
  })
})
