/** What a log line keeps of an error: its kind, its code and where it happened. */
export type LoggedError = {
  type: string
  code?: string
  message: string
  stack?: string
  cause?: LoggedError
}

// Database errors carry the failing statement's values ("params: Sam Jones,07700900982,...");
// validation errors may quote what was typed. Nothing after these markers reaches a log.
const VALUES_MARKER = /\n?\s*params:[\s\S]*$/i
const MAX_MESSAGE = 300

function codeOf(error: Record<string, unknown>): string | undefined {
  const code = error.code ?? (error.cause as Record<string, unknown> | undefined)?.code
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/i.test(code) ? code : undefined
}

/**
 * A short, stable error code for logs and metrics: the driver's code (`SQLITE_BUSY`), else the
 * error's class name (`ValidationError`), else `UNKNOWN`. Never contains personal data.
 */
export function errorCode(error: unknown): string {
  if (!error || typeof error !== 'object') return 'UNKNOWN'
  const record = error as Record<string, unknown>
  return codeOf(record) ?? (typeof record.name === 'string' ? record.name : 'UNKNOWN')
}

/**
 * Pino's `err` serializer for the whole site: type, code, the message without the values a
 * statement was given, and the stack frames (never the message again, and no other properties,
 * so `params` and `data` are dropped). One level of `cause` is kept the same way.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!error || typeof error !== 'object')
    return { type: typeof error, message: 'Non-error thrown' }
  const record = error as Record<string, unknown>
  const type = typeof record.name === 'string' ? record.name : 'Error'
  const raw = typeof record.message === 'string' ? record.message : ''
  const message = raw.replace(VALUES_MARKER, '').split('\n')[0]!.slice(0, MAX_MESSAGE)
  const frames =
    typeof record.stack === 'string'
      ? record.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .join('\n')
      : undefined
  const logged: LoggedError = { type, message }
  const code = codeOf(record)
  if (code) logged.code = code
  if (frames) logged.stack = `${type}: ${message}\n${frames}`
  if (record.cause && depth === 0) logged.cause = errorForLog(record.cause, 1)
  return logged
}
