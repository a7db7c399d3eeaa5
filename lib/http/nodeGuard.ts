import http, {
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http'

import { overriddenStatus } from './statusOverride'

/**
 * Answers, in front of Next.js, the requests Next itself turns into a bare 500 before any of
 * our code (proxy.ts included) can run:
 * - TRACE: Node's fetch `Request` refuses this method, and Next builds one for
 *   every request. 405 (RFC 9110 15.5.6) with an `Allow` header.
 * - A path whose percent-encoding is malformed (`/en/%E0%A4%A`), or becomes malformed when
 *   Next decodes a dynamic segment a second time (`/en/%25`): Next's 400 page is a Pages Router
 *   page this App Router site does not have, so it falls back to 500. 400 here.
 * It also keeps hreflang alternates off anything but a 200 (a 404 or an error loses the `Link`
 * header proxy.ts set), and applies the status proxy.ts asks for on a rewrite (the 404 page,
 * lib/http/statusOverride.ts).
 */
// (Node's own parser already answers 400 to unknown methods such as TRACK.)
const REFUSED_METHODS = new Set(['TRACE'])
const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS'

/** True when the path survives the two decodings Next may apply to it. */
export function isDecodablePath(rawUrl: string): boolean {
  const path = rawUrl.split(/[?#]/, 1)[0]
  try {
    decodeURIComponent(decodeURIComponent(path))
    return true
  } catch {
    return false
  }
}

function answer(res: ServerResponse, status: number, error: string, extra: object = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  })
  res.end(JSON.stringify({ error }))
}

function fixHeadersOnWrite(res: ServerResponse) {
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) as
      OutgoingHttpHeaders | undefined
    const statusCode = overriddenStatus(this, code, headers)
    if (statusCode !== 200) {
      this.removeHeader('link')
      if (headers) {
        for (const key of Object.keys(headers)) {
          if (key.toLowerCase() === 'link') delete (headers as Record<string, unknown>)[key]
        }
      }
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest)
  } as ServerResponse['writeHead']
}

/** Handles the request if it must be refused; returns true when it has been answered. */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (REFUSED_METHODS.has((req.method ?? '').toUpperCase())) {
    answer(res, 405, 'Method not allowed', { Allow: ALLOWED_METHODS })
    return true
  }
  if (!isDecodablePath(req.url ?? '/')) {
    answer(res, 400, 'Malformed URL')
    return true
  }
  fixHeadersOnWrite(res)
  return false
}

const INSTALLED = Symbol.for('portal.nodeGuard')

/**
 * Puts guardRequest in front of every HTTP server in this process (Next's included): `next
 * start` has no hook before its own request handling, so the server's 'request' event is the
 * earliest place. Called once from instrumentation.ts; calling it again does nothing.
 */
export function installNodeGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const emit = proto.emit
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (
      event === 'request' &&
      guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)
    ) {
      return true
    }
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args)
  } as typeof proto.emit
}
