import { describe, expect, it } from 'vitest'

import { errorCode, handleSafely } from './handleSafely.mjs'

function fakeResponse(headersSent: boolean) {
  const res = {
    headersSent,
    writableEnded: false,
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as string | undefined,
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value
    },
    end(body?: string) {
      res.body = body
      res.writableEnded = true
    },
  }
  return res
}

async function run(handler: () => Promise<unknown>, headersSent = false) {
  const lines: string[] = []
  const res = fakeResponse(headersSent)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handleSafely(handler, (line) => lines.push(line))({} as any, res as any)
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { lines, res }
}

describe('handleSafely', () => {
  it.each([
    // [case, thrown, code logged]
    [
      'a driver error',
      Object.assign(new Error('params: Sam Jones'), { code: 'SQLITE_BUSY' }),
      'SQLITE_BUSY',
    ],
    ['a plain error with personal data', new TypeError('Sam Jones 07700900982'), 'TypeError'],
    ['a thrown string', 'sam@example.org', 'UNKNOWN'],
  ])('%s: answers 500 and logs only the code', async (_case, thrown, code) => {
    const { lines, res } = await run(() => Promise.reject(thrown))
    expect(res.statusCode).toBe(500)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { level: 'error', msg: 'Request handler failed', code },
    ])
    expect(lines.join()).not.toMatch(/Sam|0770|example/)
  })

  it('ends a response whose headers were already sent, without a second status', async () => {
    const { res } = await run(() => Promise.reject(new Error('late')), true)
    expect(res.statusCode).toBe(200)
    expect(res.writableEnded).toBe(true)
  })

  it('catches a handler that throws synchronously', async () => {
    const { res } = await run(() => {
      throw new RangeError('x')
    })
    expect(res.statusCode).toBe(500)
  })

  it('leaves a successful response alone', async () => {
    const { lines, res } = await run(async () => undefined)
    expect(lines).toEqual([])
    expect(res.writableEnded).toBe(false)
  })

  it.each([
    [{ code: 'ECONNRESET' }, 'ECONNRESET'],
    [{ code: 'not a code!', name: 'Error' }, 'Error'],
    [null, 'UNKNOWN'],
  ])('errorCode(%j) is %s', (error, code) => {
    expect(errorCode(error)).toBe(code)
  })
})
