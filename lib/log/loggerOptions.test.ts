import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { errorCode, errorForLog } from './errorForLog'
import { loggerOptions } from './loggerOptions'

/** A pino logger with the site's options, writing JSON lines into an array. */
function capture() {
  const lines: Record<string, unknown>[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)))
      done()
    },
  })
  return { logger: pino({ ...loggerOptions }, destination), lines }
}

// What drizzle throws when a statement fails: the values sit in the message and in `params`.
function failedInsert() {
  const error = new Error(
    'Failed query: insert into "callback_requests" ("name", "phone") values (?, ?)\nparams: Sam Jones,07700900982',
  ) as Error & { params: unknown[]; cause: unknown }
  error.name = 'DrizzleQueryError'
  error.params = ['Sam Jones', '07700900982']
  error.cause = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
  return error
}

function refused(status: number) {
  return Object.assign(new Error('You are not allowed to perform this action.'), {
    name: 'APIError',
    status,
  })
}

describe('the site logger', () => {
  it('logs a failed save without the values it was saving', () => {
    const { logger, lines } = capture()
    logger.error({ err: failedInsert(), msg: 'save failed' })
    const text = JSON.stringify(lines)
    expect(text).not.toMatch(/Sam Jones|07700900982/)
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'save failed',
      err: { type: 'DrizzleQueryError', code: 'SQLITE_BUSY', cause: { code: 'SQLITE_BUSY' } },
    })
    expect(String((lines[0]!.err as { stack: string }).stack)).toMatch(/\n\s+at /)
  })

  it.each([
    [
      'an object with err and no msg',
      (logger: ReturnType<typeof capture>['logger']) => logger.error({ err: failedInsert() }),
    ],
    [
      'an Error alone',
      (logger: ReturnType<typeof capture>['logger']) => logger.error(failedInsert()),
    ],
    [
      'an Error and a message',
      (logger: ReturnType<typeof capture>['logger']) => logger.error(failedInsert(), 'save failed'),
    ],
  ])('logs %s without the values, message included', (_, log) => {
    const { logger, lines } = capture()
    log(logger)
    expect(lines).toHaveLength(1)
    expect(JSON.stringify(lines)).not.toMatch(/Sam Jones|07700900982/)
    expect(lines[0]).toMatchObject({ level: 50, err: { code: 'SQLITE_BUSY' } })
    expect(String(lines[0]!.msg)).toMatch(/^(Failed query: insert|save failed)/)
  })

  it.each([
    // [status, level logged, stack kept]
    [400, 30, false],
    [403, 30, false],
    [404, 30, false],
    [429, 30, false],
    [500, 50, true],
    [503, 50, true],
  ])('an error with status %i is logged at level %i (stack: %s)', (status, level, stack) => {
    const { logger, lines } = capture()
    logger.error({ err: refused(status) })
    expect(lines[0]!.level).toBe(level)
    expect(JSON.stringify(lines[0]).includes('    at ')).toBe(stack)
    if (level === 30) {
      expect(lines[0]).toMatchObject({ status, msg: 'You are not allowed to perform this action.' })
    }
  })
})

describe('errorForLog and errorCode', () => {
  it.each([
    [failedInsert(), 'SQLITE_BUSY'],
    [
      Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }),
      'SQLITE_CONSTRAINT_UNIQUE',
    ],
    [Object.assign(new Error('x'), { name: 'ValidationError' }), 'ValidationError'],
    [Object.assign(new Error('x'), { code: 'not a code: Sam Jones' }), 'Error'],
    ['a string', 'UNKNOWN'],
    [null, 'UNKNOWN'],
  ])('%# code -> %s', (error, code) => {
    expect(errorCode(error)).toBe(code)
  })

  it('keeps no property but type, code, message, stack and cause', () => {
    const logged = errorForLog(Object.assign(failedInsert(), { data: { name: 'Sam Jones' } }))
    expect(Object.keys(logged).sort()).toEqual(['cause', 'code', 'message', 'stack', 'type'])
    expect(logged.message).toBe(
      'Failed query: insert into "callback_requests" ("name", "phone") values (?, ?)',
    )
  })
})
