import { afterEach, describe, expect, it, vi } from 'vitest'

import { startJobTicker } from './jobTicker.mjs'

afterEach(() => vi.useRealTimers())

function setup(responses: (() => Promise<Response>)[]) {
  vi.useFakeTimers()
  const calls: { url: string; auth: string | null }[] = []
  const fetchImpl = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, auth: new Headers(init?.headers).get('authorization') })
    return (responses.shift() ?? (async () => new Response('{}')))()
  }) as unknown as typeof fetch
  const lines: string[] = []
  const stop = startJobTicker({
    port: 3100,
    token: 'secret-token',
    intervalMs: 1000,
    fetchImpl,
    log: (line) => lines.push(line),
  })
  return { calls, lines, stop }
}

describe('the job ticker', () => {
  it('runs the default queue through the app every interval, with its token', async () => {
    const { calls, stop } = setup([])
    await vi.advanceTimersByTimeAsync(3000)
    stop()
    expect(calls).toHaveLength(3)
    expect(calls[0]).toEqual({
      url: 'http://127.0.0.1:3100/api/payload-jobs/run?queue=default&limit=20&disableScheduling=true',
      auth: 'Bearer secret-token',
    })
    await vi.advanceTimersByTimeAsync(3000)
    expect(calls).toHaveLength(3)
  })

  it('never overlaps a slow run with the next tick', async () => {
    let finish = () => {}
    const slow = () =>
      new Promise<Response>((resolve) => {
        finish = () => resolve(new Response('{}'))
      })
    const { calls, stop } = setup([slow])
    await vi.advanceTimersByTimeAsync(3500)
    expect(calls).toHaveLength(1)
    finish()
    await vi.advanceTimersByTimeAsync(1000)
    stop()
    expect(calls).toHaveLength(2)
  })

  it.each([
    ['a refusal', async () => new Response('{}', { status: 401 }), '"status":401'],
    [
      'a network error',
      async () => Promise.reject(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })),
      '"code":"ECONNREFUSED"',
    ],
  ])('logs %s and keeps ticking', async (_, failure, logged) => {
    const { calls, lines, stop } = setup([failure])
    await vi.advanceTimersByTimeAsync(2000)
    stop()
    expect(calls).toHaveLength(2)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(logged)
  })
})
