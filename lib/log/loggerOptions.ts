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
      const [first] = args as unknown[]
      const status =
        typeof first === 'object' && first ? refusedStatus((first as LoggedArg).err) : null
      // 50 = pino's "error"; anything at warn or below is left as it is.
      if (status !== null && level >= 50) {
        const { err, ...rest } = first as LoggedArg
        const message = errorForLog(err).message
        return this.info({ ...rest, msg: rest.msg ?? message, status })
      }
      return method.apply(this, args as Parameters<typeof method>)
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
