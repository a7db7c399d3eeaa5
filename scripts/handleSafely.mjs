// Wraps Next.js's request handler for scripts/server.mjs: a rejected handler must not become an
// unhandled rejection (which ends the Node process). The log line carries an error code only —
// never the message, URL or body, which may hold personal data (see lib/log/errorForLog.ts).

/**
 * A short code for the log: the error's `code` (`ECONNRESET`) if it looks like one, else its class
 * name (`TypeError`), else `UNKNOWN`. Mirrors errorCode in lib/log/errorForLog.ts (this file runs
 * in plain Node, without the TypeScript build).
 * @param {unknown} error
 * @returns {string}
 */
export function errorCode(error) {
  if (!error || typeof error !== 'object') return 'UNKNOWN'
  const code = /** @type {{ code?: unknown }} */ (error).code
  if (typeof code === 'string' && /^[A-Z0-9_]{1,64}$/i.test(code)) return code
  const name = /** @type {{ name?: unknown }} */ (error).name
  return typeof name === 'string' ? name : 'UNKNOWN'
}

/**
 * Returns a Node `request` listener that runs `handle(req, res)`; if it rejects, logs
 * `{ level: 'error', msg, code }` as one JSON line and answers 500 (plain text) when no headers
 * have been sent yet, else ends the response.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>} handle
 * @param {(line: string) => void} [log] where the line goes (default: stderr)
 */
export function handleSafely(handle, log = (line) => console.error(line)) {
  return (req, res) => {
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error) => {
        log(
          JSON.stringify({ level: 'error', msg: 'Request handler failed', code: errorCode(error) }),
        )
        if (!res.headersSent) {
          res.statusCode = 500
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          res.setHeader('Cache-Control', 'no-store')
          res.end('Internal Server Error')
        } else if (!res.writableEnded) {
          res.end()
        }
      })
  }
}
