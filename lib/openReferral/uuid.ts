import { createHash } from 'node:crypto'

import { UUID_PATTERN } from '@/lib/providers/options'

export { UUID_PATTERN }

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value)
}

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name). Open Referral ids must
 * stay the same between responses and deployments, so ids of things we do not store (the
 * organization, location and links of each provider) are derived, never random.
 */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The namespace of every id this portal derives (itself a v5 id of the portal's name). */
export const PORTAL_NAMESPACE = uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'send-local-offer')
