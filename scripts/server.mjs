// The portal's production server: Next.js's own request handler behind a plain Node HTTP server,
// so the app knows the TCP peer of each request (Next.js only passes it on when the client sent
// no X-Forwarded-For). lib/clientAddress.ts reads the header set here; the random token, known
// only to this process, means a client cannot forge it. Used by `npm start` and the e2e server.
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'

import next from 'next'

import { handleSafely } from './handleSafely.mjs'
import { startJobTicker } from './jobTicker.mjs'

const PEER_ADDRESS_HEADER = 'x-portal-peer-address' // lib/clientAddress.ts
const token = randomUUID()
process.env.PORTAL_PEER_TOKEN = token
// The job ticker's credential for GET /api/payload-jobs/run (access/canRunJobs.ts).
const jobsToken = randomUUID()
process.env.PORTAL_JOBS_TOKEN = jobsToken

const port = Number(process.env.PORT || 3000)
// proxy.ts asks this server which guides and providers are published (lib/routes/publishedPaths.ts).
process.env.PORTAL_INTERNAL_ORIGIN = `http://127.0.0.1:${port}`
// Like `next start`: every interface. (HOSTNAME is not read: containers set it to their id.)
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = handleSafely(app.getRequestHandler())
await app.prepare()

const server = createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = `${token} ${req.socket.remoteAddress ?? ''}`
  handle(req, res)
})
server.listen(port, () => {
  console.log(`Ready on http://localhost:${port}`)
  // JOBS_POLL_MS: how often due jobs run (default every second; scheduled changes are live
  // within about a second of their time).
  startJobTicker({ port, token: jobsToken, intervalMs: Number(process.env.JOBS_POLL_MS) || 1000 })
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
