import type { Payload } from 'payload'

export type Owned = { owner?: unknown; ownerEmail?: string | null }

/**
 * Where a page's or provider's e-mails go: its team address (`ownerEmail`) when set, else its
 * owner's account address; null when it has neither (or the owner's account is gone).
 */
export async function ownerAddress(payload: Payload, doc: Owned): Promise<string | null> {
  if (doc.ownerEmail?.trim()) return doc.ownerEmail.trim()
  const owner = doc.owner
  if (owner && typeof owner === 'object' && 'email' in owner) {
    return (owner as { email?: string }).email ?? null
  }
  if (typeof owner !== 'number' && typeof owner !== 'string') return null
  const user = await payload.findByID({
    collection: 'users',
    id: owner,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  return user?.email ?? null
}
