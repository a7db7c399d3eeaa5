// A small closed-loop HTTP/1.1 load generator (no wrk or autocannon on these machines): a fixed
// number of keep-alive connections, each sending its next GET as soon as the last answer ended.
// Raw sockets and a minimal response parser (Content-Length or chunked), so the client costs far
// less than Node's own HTTP client and can keep up with nginx serving a file.
import net from 'node:net'

const CRLF2 = Buffer.from('\r\n\r\n')

/** Splits one response off the front of `buffer`: its total length, or 0 if it is incomplete. */
export function responseLength(buffer) {
  const headerEnd = buffer.indexOf(CRLF2)
  if (headerEnd < 0) return 0
  const head = buffer.subarray(0, headerEnd).toString('latin1')
  const bodyStart = headerEnd + 4
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)
  if (length) {
    const end = bodyStart + Number(length[1])
    return buffer.length >= end ? end : 0
  }
  if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) return bodyStart // no body (304, HEAD)
  let at = bodyStart
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at)
    if (lineEnd < 0) return 0
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16)
    at = lineEnd + 2 + size + 2
    if (buffer.length < at) return 0
    if (size === 0) return at
  }
}

/**
 * GETs `url` (http only) over `connections` keep-alive connections for `seconds`.
 * Returns `{ requests, seconds, rps, p50, p99, statuses }` (latencies in milliseconds).
 */
export async function load(url, { connections = 20, seconds = 10 } = {}) {
  const target = new URL(url)
  if (target.protocol !== 'http:') throw new Error('load() speaks plain HTTP only')
  const request = Buffer.from(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUser-Agent: portal-bench\r\nAccept: text/html\r\n\r\n`,
  )
  const latencies = []
  const statuses = {}
  const started = performance.now()
  const deadline = started + seconds * 1000

  const connection = () =>
    new Promise((resolve, reject) => {
      const socket = net.connect({ host: target.hostname, port: Number(target.port || 80) })
      socket.setNoDelay(true)
      let buffer = Buffer.alloc(0)
      let bodyLeft = 0 // bytes of a Content-Length body still to come (skipped without copying)
      let status = ''
      let sentAt = 0
      const send = () => {
        sentAt = performance.now()
        socket.write(request)
      }
      const done = () => {
        const now = performance.now()
        latencies.push(now - sentAt)
        statuses[status] = (statuses[status] ?? 0) + 1
        if (now < deadline) return send()
        socket.end()
        resolve()
      }
      socket.on('connect', send)
      socket.on('data', (chunk) => {
        if (bodyLeft > 0) {
          if (chunk.length < bodyLeft) {
            bodyLeft -= chunk.length
            return
          }
          chunk = chunk.subarray(bodyLeft)
          bodyLeft = 0
          done()
        }
        buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk
        while (buffer.length) {
          const headerEnd = buffer.indexOf(CRLF2)
          if (headerEnd < 0) return
          status = buffer.subarray(9, 12).toString('latin1')
          const head = buffer.subarray(0, headerEnd).toString('latin1')
          const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)
          if (length) {
            const rest = buffer.length - headerEnd - 4
            const size = Number(length[1])
            if (rest < size) {
              bodyLeft = size - rest
              buffer = Buffer.alloc(0)
              return
            }
            buffer = buffer.subarray(headerEnd + 4 + size)
            done()
            continue
          }
          const total = responseLength(buffer)
          if (!total) return
          buffer = buffer.subarray(total)
          done()
        }
      })
      socket.on('error', reject)
      socket.on('close', resolve)
    })

  await Promise.all(Array.from({ length: connections }, connection))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return {
    requests: latencies.length,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
    statuses,
  }
}
