import type { FieldAccess } from 'payload'

/** A field only signed-in staff may read (the public API leaves it out): owners' addresses. */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
