const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/

/**
 * The id that ties a log line to a request: the reverse proxy's `X-Request-Id` when it sent a
 * well-formed one (so the proxy's access log and ours agree), otherwise a new random UUID.
 */
export function requestIdFrom(headers: { get(name: string): string | null }): string {
  const sent = headers.get('x-request-id')?.trim()
  return sent && REQUEST_ID.test(sent) ? sent : crypto.randomUUID()
}
