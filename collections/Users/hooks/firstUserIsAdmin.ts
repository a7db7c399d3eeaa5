import type { CollectionBeforeValidateHook } from 'payload'

/** The account created on an empty database (the admin's "create first user" screen) is an admin. */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}
