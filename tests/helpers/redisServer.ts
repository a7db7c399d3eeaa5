import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from 'redis'

import type { SharedRedis } from '@/lib/redis'

/** Debian's redis-server, if this machine has it (`.ci/run` installs it; elsewhere tests skip). */
export const redisServerPath = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(
  (file) => fs.existsSync(file) && spawnSync(file, ['--version']).status === 0,
)

export const NO_REDIS_MESSAGE =
  'redis-server is not installed: the shared-store tests need it (apt-get install redis-server, as .ci/run does)'

/**
 * A throwaway redis-server on a Unix socket in a temporary folder (no TCP port, no file on disk
 * kept), and connected clients for it. `stop()` closes the clients and ends the server by PID.
 */
export async function startRedis(): Promise<{
  client: (options?: { waitForConnection?: boolean }) => Promise<SharedRedis>
  stop: () => Promise<void>
}> {
  if (!redisServerPath) throw new Error(NO_REDIS_MESSAGE)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-redis-'))
  const socket = path.join(dir, 'redis.sock')
  const server: ChildProcess = spawn(
    redisServerPath,
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100 && !fs.existsSync(socket); i++)
    await new Promise((r) => setTimeout(r, 20))
  const clients: SharedRedis[] = []
  return {
    async client({ waitForConnection = true } = {}) {
      const client = createClient({
        socket: { path: socket, tls: false },
      }) as unknown as SharedRedis
      client.on('error', () => {})
      const connecting = client.connect()
      if (waitForConnection) await connecting
      clients.push(client)
      return client
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close().catch(() => {})))
      server.kill('SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
