import type { Config } from 'payload'

import { errorForLog } from './errorForLog'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

type LoggedArg = { err?: unknown; msg?: string } & Record<string, unknown>

function refusedStatus(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * Pino options for Payload's logger, for the whole site:
 * - `err` is logged through errorForLog: type, code, message without a statement's values, stack
 *   frames; never the document being saved (a failed save once logged a family's name and phone).
 * - An error with a 4xx `status` (a refused or bad request, not a fault) is logged at info, as its
 *   message and status only, without a stack trace.
 */
export const loggerOptions: LoggerOptions = {
  serializers: { err: errorForLog },
  hooks: {
    logMethod(args, method, level) {
      const [first, ...rest] = args as unknown[]
      // pino would use the error's own message as the line's `msg`, values and all: log an
      // error given alone as `{ err }`, and give every `{ err }` a cleaned message.
      const entry: LoggedArg | null =
        first instanceof Error
          ? { err: first }
          : typeof first === 'object' && first && 'err' in first
            ? (first as LoggedArg)
            : null
      if (!entry) return method.apply(this, args as Parameters<typeof method>)
      const { err, ...fields } = entry
      const message =
        typeof rest[0] === 'string' ? rest[0] : (fields.msg ?? errorForLog(err).message)
      const status = refusedStatus(err)
      // 50 = pino's "error": a refused request is not a fault, so info, without the stack.
      if (status !== null && level >= 50) return this.info({ ...fields, msg: message, status })
      return method.call(this, { ...fields, err, msg: message })
    },
  },
}

/** Payload errors that mean "refused" or "not found", logged at info without a stack trace. */
export const refusedErrorLevels = {
  AuthenticationError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnauthorizedError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
  FileUploadError: 'info',
} as NonNullable<Config['loggingLevels']>
