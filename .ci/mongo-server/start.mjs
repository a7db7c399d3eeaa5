// Starts CongoDB (see install.sh) on 127.0.0.1:$MONGO_PORT (default 27117), in memory: every
// database is gone when the process ends. Stop it with SIGTERM or SIGINT.
// What it does not emulate: unique indexes are created but not enforced, and transactions are
// accepted without isolation or rollback (the portal enforces its unique rules in code).
import { CongoServer } from '@push.rocks/smartmongo/dist_ts/congodb/index.js'

const port = Number(process.env.MONGO_PORT ?? 27117)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`MONGO_PORT must be a TCP port number (got "${process.env.MONGO_PORT}")`)
  process.exit(2)
}

const server = new CongoServer({ host: '127.0.0.1', port })
await server.start()
console.log(`CongoDB listening on mongodb://127.0.0.1:${port}`)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.stop().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 3000).unref()
  })
}
