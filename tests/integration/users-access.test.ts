import { describe, expect, it } from 'vitest'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()

describe('users', () => {
  it('makes the first account on an empty database an admin, whatever it asked for', async () => {
    const first = await db.payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a-long-password-1', role: 'editor' },
    })
    expect(first.role).toBe('admin')
    const second = await createUser(db.payload, 'second@example.org', 'editor')
    expect(second.role).toBe('editor')
  })

  it('refuses anonymous reads of accounts', async () => {
    await expect(db.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /not allowed/,
    )
  })

  it('shows an editor only their own account', async () => {
    const editor = await createUser(db.payload, 'only-me@example.org', 'editor')
    const { docs } = await db.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: editor,
    })
    expect(docs.map((u) => u.email)).toEqual(['only-me@example.org'])
  })

  it('does not let an editor create users or promote themselves', async () => {
    const editor = await createUser(db.payload, 'climber@example.org', 'editor')
    await expect(
      db.payload.create({
        collection: 'users',
        overrideAccess: false,
        user: editor,
        data: { email: 'new@example.org', password: 'a-long-password-2', role: 'admin' },
      }),
    ).rejects.toThrow()
    const updated = await db.payload.update({
      collection: 'users',
      id: editor.id,
      overrideAccess: false,
      user: editor,
      data: { role: 'admin', name: 'Still an editor' },
    })
    expect(updated.role).toBe('editor')
    expect(updated.name).toBe('Still an editor')
  })

  it('lets an admin manage users', async () => {
    const admin = await createUser(db.payload, 'boss@example.org', 'admin')
    const made = await db.payload.create({
      collection: 'users',
      overrideAccess: false,
      user: admin,
      data: { email: 'made-by-admin@example.org', password: 'a-long-password-3', role: 'editor' },
    })
    const { docs } = await db.payload.find({
      collection: 'users',
      overrideAccess: false,
      user: admin,
    })
    expect(docs.map((u) => u.email)).toContain(made.email)
  })
})
