// A test-only SMTP server for the e2e run: it accepts every message, without TLS or login, and
// appends it to a JSON-lines file ({ to, raw }), so specs can read what the portal e-mailed
// through its real SMTP adapter. Never used by the portal itself.
import { appendFileSync } from 'node:fs'

import { SMTPServer } from 'smtp-server'

/**
 * Starts the catcher on 127.0.0.1:`port`, writing to `file`. Resolves with the server once it
 * listens; rejects if the port is taken.
 */
export function startMailCatcher(port, file) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address)
        appendFileSync(file, `${JSON.stringify({ to, raw: Buffer.concat(chunks).toString() })}\n`)
        callback()
      })
    },
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
