import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * A response header proxy.ts sets on a rewrite to ask for another status (`'404'`): Next.js
 * ignores the status of a rewrite, so the server (lib/http/nodeGuard.ts) applies it when the
 * page answers 200, and removes the header. Never sent to the client.
 */
export const STATUS_OVERRIDE_HEADER = 'x-portal-status'

const NO_STORE = 'private, no-cache, no-store, max-age=0, must-revalidate'

function headerIn(headers: OutgoingHttpHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  if (key === undefined) return undefined
  const value = headers[key]
  delete headers[key]
  return value === undefined ? undefined : String(value)
}

/**
 * The status to send instead of `statusCode` (an integer 400-599 asked for with
 * STATUS_OVERRIDE_HEADER, only in place of a 200), with the header removed from `res` and from
 * the `headers` about to be written. A replaced answer is not cacheable (an unknown address may
 * become a page at the next publish).
 */
export function overriddenStatus(
  res: ServerResponse,
  statusCode: number,
  headers?: OutgoingHttpHeaders,
): number {
  const set = res.getHeader(STATUS_OVERRIDE_HEADER)
  const asked =
    headerIn(headers, STATUS_OVERRIDE_HEADER) ?? (set === undefined ? undefined : String(set))
  if (asked === undefined) return statusCode
  res.removeHeader(STATUS_OVERRIDE_HEADER)
  const status = Number(asked)
  if (statusCode !== 200 || !Number.isInteger(status) || status < 400 || status > 599) {
    return statusCode
  }
  res.setHeader('Cache-Control', NO_STORE)
  if (headers) headerIn(headers, 'cache-control')
  return status
}
