// A production stack on this machine, as deploy/ describes it: Redis, several app instances of
// the current build on one database, and nginx running deploy/nginx/send-portal.conf (with local
// ports, folders and a self-signed certificate). Used by e2e/multi-instance.spec.ts and
// bench/proxy.mjs. Every process gets its own process group and is ended by PID in stop().
//
// Run by hand: `node scripts/stack.mjs` (after `npm run build`) serves https://localhost:8091.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')
const NGINX_SITE = path.join(root, 'deploy', 'nginx', 'send-portal.conf')

const findBinary = (name) =>
  ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']
    .map((dir) => path.join(dir, name))
    .find((file) => fs.existsSync(file))

export const redisServerBinary = findBinary('redis-server')
export const nginxBinary = findBinary('nginx')

/** Why the stack cannot run here, or null when it can. */
export function missingPieces({ distDir = process.env.NEXT_DIST_DIR || '.next' } = {}) {
  const missing = []
  if (!redisServerBinary) missing.push("Debian's redis-server (apt-get install redis-server)")
  if (!nginxBinary) missing.push("Debian's nginx (apt-get install nginx)")
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) missing.push(`a build in ${distDir}/`)
  return missing.length ? `needs ${missing.join(', ')}; .ci/run installs them` : null
}

/**
 * deploy/nginx/send-portal.conf with this machine's ports and folders. `tls: false` serves the
 * portal's server block over plain HTTP on `httpsPort` (for the benchmark: no TLS on either side).
 */
export function renderSiteConfig({
  appPorts,
  httpPort,
  httpsPort,
  cacheDir,
  cert,
  key,
  tls = true,
}) {
  const upstream = appPorts
    .map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=5s;`)
    .join('\n')
  const replacements = [
    [/\/var\/cache\/nginx\/send-portal/g, cacheDir],
    [/(upstream portal_app \{\n)(?:\s*server [^\n]+\n)+/, `$1${upstream}\n`],
    [/\/srv\/send-portal/g, root],
    [/ *listen \[::\][^\n]*\n/g, ''],
    [/listen 80;/, `listen 127.0.0.1:${httpPort};`],
    [
      /listen 443 ssl http2;/,
      tls ? `listen 127.0.0.1:${httpsPort} ssl http2;` : `listen 127.0.0.1:${httpsPort};`,
    ],
    [/\/etc\/ssl\/certs\/send-portal\.crt/, cert],
    [/\/etc\/ssl\/private\/send-portal\.key/, key],
  ]
  let config = fs.readFileSync(NGINX_SITE, 'utf8')
  for (const [pattern, value] of replacements) {
    const next = config.replace(pattern, value)
    if (next === config) throw new Error(`deploy/nginx/send-portal.conf no longer has ${pattern}`)
    config = next
  }
  return config
}

function spawnGroup(command, args, { env = {}, log }) {
  const out = fs.openSync(log, 'a')
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...env },
  })
  fs.closeSync(out)
  return child
}

function stopGroup(child) {
  if (!child?.pid || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
      resolve()
    }, 8000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/**
 * GET (or another method) on this machine, accepting the stack's self-signed certificate:
 * `{ status, headers, body }` with the body as text.
 */
/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
export function request(url, { method = 'GET', headers = {}, body } = {}) {
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      { method, headers, rejectUnauthorized: false, agent: false },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.setTimeout(10_000, () => req.destroy(new Error(`${url}: no answer within 10 s`)))
    req.on('error', reject)
    req.end(body)
  })
}

async function waitFor(url, { timeoutMs = 120_000, child, log } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) {
      throw new Error(`${url}: the process exited (${child.exitCode}); see ${log}`)
    }
    try {
      if ((await request(url)).status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; see ${log}`)
}

/**
 * Starts Redis, `appPorts.length` instances of the build in `distDir` on the SQLite database in
 * `dataDir` (already migrated and seeded), and nginx. Returns the addresses and `stop()`.
 *
 * @param {{ dataDir: string, distDir?: string, appPorts?: number[], redisPort?: number,
 *   httpPort?: number, httpsPort?: number, tls?: boolean, extraNginx?: string,
 *   appEnv?: Record<string, string> }} options
 */
export async function startStack({
  dataDir,
  distDir = process.env.NEXT_DIST_DIR || '.next',
  appPorts = [3240, 3241],
  redisPort = 6390,
  httpPort = 8090,
  httpsPort = 8091,
  tls = true,
  extraNginx = '',
  appEnv = {},
}) {
  const why = missingPieces({ distDir })
  if (why) throw new Error(`The production stack ${why}`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-stack-'))
  fs.chmodSync(dir, 0o755)
  const children = []
  const stop = async () => {
    await Promise.all(children.reverse().map(stopGroup))
    if (!process.env.KEEP_STACK_LOGS) fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const redis = spawnGroup(
      redisServerBinary,
      [
        '--port',
        `${redisPort}`,
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { log: path.join(dir, 'redis.log') },
    )
    children.push(redis)
    const redisUrl = `redis://127.0.0.1:${redisPort}`

    const scheme = tls ? 'https' : 'http'
    const publicUrl = `${scheme}://localhost:${httpsPort}`
    const apps = appPorts.map((port) => {
      const log = path.join(dir, `app-${port}.log`)
      const child = spawnGroup(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
        log,
        env: {
          NODE_ENV: 'production',
          PORT: `${port}`,
          DATA_DIR: dataDir,
          NEXT_DIST_DIR: distDir,
          NEXT_PUBLIC_SERVER_URL: publicUrl,
          REDIS_URL: redisUrl,
          TRUSTED_PROXIES: '127.0.0.1, ::1',
          ...appEnv,
        },
      })
      children.push(child)
      return { port, url: `http://127.0.0.1:${port}`, child, log }
    })

    const cert = path.join(dir, 'cert.pem')
    const key = path.join(dir, 'key.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    )
    const cacheDir = path.join(dir, 'nginx-cache')
    const temp = path.join(dir, 'nginx-temp')
    for (const folder of [cacheDir, temp]) {
      fs.mkdirSync(folder)
      fs.chmodSync(folder, 0o777) // nginx's workers run as nobody when the master is root
    }
    const site = renderSiteConfig({ appPorts, httpPort, httpsPort, cacheDir, cert, key, tls })
    fs.writeFileSync(path.join(dir, 'site.conf'), site)
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        'worker_processes 1;',
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/nginx-error.log warn;`,
        'daemon off;',
        'events { worker_connections 1024; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        '  sendfile on;',
        "  tcp_nopush on; # as in Debian's /etc/nginx/nginx.conf",
        '  keepalive_timeout 65;',
        '  keepalive_requests 100000;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `  ${kind}_temp_path ${temp}/${kind};`,
        ),
        `  include ${dir}/site.conf;`,
        extraNginx,
        '}',
      ].join('\n'),
    )
    const nginxLog = path.join(dir, 'nginx.log')
    execFileSync(nginxBinary, [
      '-t',
      '-q',
      '-e',
      `${dir}/nginx-error.log`,
      '-c',
      `${dir}/nginx.conf`,
    ])
    const nginx = spawnGroup(
      nginxBinary,
      ['-e', `${dir}/nginx-error.log`, '-c', `${dir}/nginx.conf`],
      {
        log: nginxLog,
      },
    )
    children.push(nginx)

    for (const app of apps) await waitFor(`${app.url}/en`, { child: app.child, log: app.log })
    await waitFor(`${publicUrl}/en`, { child: nginx, log: nginxLog })
    return { dir, redisUrl, apps, publicUrl, httpUrl: `http://localhost:${httpPort}`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stack = await startStack({ dataDir: process.env.DATA_DIR || 'data' })
  console.log(
    `Serving ${stack.publicUrl} (instances ${stack.apps.map((a) => a.url).join(', ')}); Ctrl-C stops`,
  )
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => stack.stop().then(() => process.exit(0)))
}
