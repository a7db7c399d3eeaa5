import { v5, validate } from 'uuid'

/** Whether `value` is a UUID in the standard 8-4-4-4-12 hex form (any version; `uuid`'s check). */
export function isUuid(value: string): boolean {
  return validate(value)
}

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name), from the `uuid` package.
 * Open Referral ids must stay the same between responses and deployments, so ids of things we do
 * not store (the organization, location and links of each provider) are derived, never random.
 * Throws TypeError when `namespace` is not a UUID.
 */
export function uuidV5(namespace: string, name: string): string {
  return v5(name, namespace)
}

/** The namespace of every id this portal derives (itself a v5 id of the portal's name). */
export const PORTAL_NAMESPACE = uuidV5(v5.URL, 'send-local-offer')
