import { NextResponse, type NextRequest } from 'next/server'

/**
 * Server actions accept at most this many bytes (Next's `serverActions.bodySizeLimit`, whose
 * default of 1 MB next.config.mjs keeps). Next enforces it by throwing mid-stream, which it
 * answers 500; we refuse such bodies with 413 before they get there.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024

// React's reply encoding for a body sent as a string has no references to other parts; only
// these escapes appear in it (`$$` for a literal "$", special numbers, bigints, dates).
const PLAIN_ESCAPE = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|n-?\d+$|D\d)/

function hasOnlyPlainStrings(value: unknown, depth = 0): boolean {
  if (depth > 32) return false
  if (typeof value === 'string') return !value.startsWith('$') || PLAIN_ESCAPE.test(value)
  if (Array.isArray(value)) return value.every((item) => hasOnlyPlainStrings(item, depth + 1))
  if (value && typeof value === 'object') {
    return Object.values(value).every((item) => hasOnlyPlainStrings(item, depth + 1))
  }
  return true
}

// A refusal is about this one request: no cache (or back/forward) may keep it.
const refuse = (status: number, error: string) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } })

/** The host Next compares the Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(request: NextRequest): string | null {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('host')
}

/**
 * Refuses a POST to a page that Next would otherwise answer 500 (its server-action handler
 * throws on these): a body over the limit (413) or of unknown length (411), another site's
 * Origin (403), a malformed action id (400) or a string body that is not a plain JSON argument
 * list (400). Returns null for everything else, including every request a browser sends.
 */
export async function refuseBadPost(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST') return null
  const length = request.headers.get('content-length')
  if (length === null && request.headers.has('transfer-encoding')) {
    return refuse(411, 'Content-Length is required')
  }
  if (length !== null && !(Number(length) <= ACTION_BODY_LIMIT_BYTES)) {
    return refuse(413, 'The form is too large to send')
  }

  const origin = request.headers.get('origin')
  if (origin && origin !== 'null') {
    let originHost: string | null = null
    try {
      originHost = new URL(origin).host
    } catch {
      return refuse(400, 'Malformed Origin header')
    }
    if (originHost !== requestHost(request)) return refuse(403, 'Cross-site form posts are refused')
  }

  const action = request.headers.get('next-action')
  if (action === null) return null
  if (!/^[0-9a-f]{40,64}$/i.test(action)) return refuse(400, 'Malformed action id')
  const type = request.headers.get('content-type') ?? ''
  if (type.toLowerCase().startsWith('multipart/form-data')) return null
  let args: unknown
  try {
    args = JSON.parse(await request.clone().text())
  } catch {
    return refuse(400, 'Malformed action arguments')
  }
  if (!Array.isArray(args) || !hasOnlyPlainStrings(args)) {
    return refuse(400, 'Malformed action arguments')
  }
  return null
}
