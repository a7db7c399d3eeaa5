import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cacheKeyPrefix } from '../cache-handler.mjs'
import { nginxBinary, renderSiteConfig, root } from './stack.mjs'

const folders = { cacheDir: '/tmp/c', cert: '/tmp/cert.pem', key: '/tmp/key.pem' }

describe('renderSiteConfig: deploy/nginx/send-portal.conf with local ports and folders', () => {
  it.each([
    ['TLS on the HTTPS port', true, 'listen 127.0.0.1:8091 ssl http2;'],
    ['plain HTTP for the benchmark', false, 'listen 127.0.0.1:8091;'],
  ])('%s', (_case, tls, listen) => {
    const config = renderSiteConfig({
      appPorts: [3240, 3241],
      httpPort: 8090,
      httpsPort: 8091,
      tls,
      ...folders,
    })
    expect(config).toContain(listen)
    expect(config).toContain('listen 127.0.0.1:8090;')
    expect(config.match(/server 127\.0\.0\.1:\d+/g)).toEqual([
      'server 127.0.0.1:3240',
      'server 127.0.0.1:3241',
    ])
    expect(config).toContain(`alias ${root}/.next/static/;`)
    expect(config).not.toMatch(/\/srv\/|\/var\/cache|\/etc\/ssl|\[::\]/)
    // Letter answers and searches travel in query strings: the access log leaves them out.
    expect(config).toMatch(/^\s*access_log \S+ portal_no_query;$/m)
    const format = /log_format portal_no_query ([^;]+);/.exec(config)?.[1] ?? ''
    expect(format).toContain('$uri')
    expect(format).not.toMatch(/\$request_uri|\$args|\$query_string|\$request\b(?!_)/)
  })

  it.skipIf(!nginxBinary)('gives a configuration nginx accepts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
    try {
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
          `${dir}/k.pem`,
          '-out',
          `${dir}/c.pem`,
        ],
        { stdio: 'ignore' },
      )
      const site = renderSiteConfig({
        appPorts: [3240],
        httpPort: 8090,
        httpsPort: 8091,
        cacheDir: `${dir}/cache`,
        cert: `${dir}/c.pem`,
        key: `${dir}/k.pem`,
      })
      fs.writeFileSync(`${dir}/site.conf`, site)
      fs.writeFileSync(
        `${dir}/nginx.conf`,
        `pid ${dir}/nginx.pid; events {} http { include /etc/nginx/mime.types; include ${dir}/site.conf; }`,
      )
      expect(() =>
        execFileSync(
          nginxBinary!,
          ['-t', '-q', '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`],
          { stdio: 'pipe' },
        ),
      ).not.toThrow()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('cacheKeyPrefix', () => {
  it.each([
    ['the build id keeps builds apart', 'abc123\n', {}, 'send-portal:abc123:'],
    [
      'a site prefix lets sites share a Redis',
      'abc123',
      { REDIS_KEY_PREFIX: 'council-x' },
      'council-x:abc123:',
    ],
    ['no build id (development)', undefined, {}, 'send-portal:dev:'],
  ])('%s', (_case, buildId, env, expected) => {
    expect(cacheKeyPrefix(buildId, env as NodeJS.ProcessEnv)).toBe(expected)
  })
})
