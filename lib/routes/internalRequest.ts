import { timingSafeEqual } from 'node:crypto'

/**
 * True when a request to /api/published-paths comes from this server process: `sent` (the
 * INTERNAL_TOKEN_HEADER value, lib/routes/publishedPaths.ts) equals the process's random token,
 * compared in constant time (as bytes, so a guess learns nothing from how long the answer takes).
 * Without a token (a plain `next start` or `next dev`, not scripts/server.mjs) nobody is: the
 * proxy then has no internal origin to ask either, and pages decide for themselves.
 *
 * Kept out of publishedPaths.ts so proxy.ts does not load node:crypto.
 */
export function isInternalRequest(
  sent: string | null,
  token: string | undefined = process.env.PORTAL_PEER_TOKEN,
): boolean {
  if (!token || !sent) return false
  const given = Buffer.from(sent)
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
