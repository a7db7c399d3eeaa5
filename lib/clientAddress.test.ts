import { describe, expect, it } from 'vitest'

import {
  PEER_ADDRESS_HEADER,
  clientKey,
  clientKeyFrom,
  normaliseAddress,
  parseTrustedProxies,
  peerFromHeader,
} from './clientAddress'

const PROXIES = '10.0.0.0/8, 192.0.2.7 ::1 2001:db8:1::/48'

describe('clientKeyFrom', () => {
  it.each([
    // [case, peer, X-Forwarded-For, TRUSTED_PROXIES, key]
    [
      'no proxy configured: the peer, whatever the header says',
      '203.0.113.9',
      '198.51.100.1',
      '',
      '203.0.113.9',
    ],
    [
      'untrusted peer forging the header',
      '203.0.113.9',
      '10.0.0.1, 192.0.2.7',
      PROXIES,
      '203.0.113.9',
    ],
    ['trusted proxy, one hop', '10.1.2.3', '198.51.100.1', PROXIES, '198.51.100.1'],
    [
      'trusted proxy: a forged left hop is ignored',
      '10.1.2.3',
      '1.1.1.1, 198.51.100.1',
      PROXIES,
      '198.51.100.1',
    ],
    [
      'two trusted proxies are skipped',
      '10.1.2.3',
      '198.51.100.1, 192.0.2.7',
      PROXIES,
      '198.51.100.1',
    ],
    ['trusted proxy, no header: the proxy itself', '192.0.2.7', null, PROXIES, '192.0.2.7'],
    ['every hop trusted: the leftmost', '10.1.2.3', '10.9.9.9, 192.0.2.7', PROXIES, '10.9.9.9'],
    [
      'garbage hop stops at the last trusted one',
      '10.1.2.3',
      '198.51.100.1, not-an-ip',
      PROXIES,
      '10.1.2.3',
    ],
    [
      'garbage left of the real client is never reached',
      '10.1.2.3',
      '<script>, 198.51.100.1',
      PROXIES,
      '198.51.100.1',
    ],
    ['IPv6 peer, not trusted', '2001:db8:2::5', '198.51.100.1', PROXIES, '2001:db8:2::5'],
    ['IPv6 proxy in a trusted range', '2001:db8:1::5', '2001:DB8:9::1', PROXIES, '2001:db8:9::1'],
    ['loopback IPv6 proxy', '::1', '198.51.100.1', PROXIES, '198.51.100.1'],
    ['hop with a port', '10.1.2.3', '198.51.100.1:5000', PROXIES, '198.51.100.1'],
    ['no peer known: one shared key, nothing believed', null, '198.51.100.1', PROXIES, 'unknown'],
  ])('%s', (_case, peer, forwardedFor, proxies, key) => {
    expect(
      clientKeyFrom({ peer, forwardedFor, trustedProxies: parseTrustedProxies(proxies) }),
    ).toBe(key)
  })
})

describe('normaliseAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['192.0.2.1:80', '192.0.2.1'],
    [' 2001:DB8::1 ', '2001:db8::1'],
    ['unknown', null],
    ['999.1.1.1', null],
    ['', null],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected)
  })
})

describe('parseTrustedProxies', () => {
  it.each([
    ['10.0.0.0/8', '10.200.1.1', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['192.0.2.7', '192.0.2.8', false],
    ['bogus, 192.0.2.7/33, 192.0.2.7', '192.0.2.7', true],
    ['bogus, 10.0.0.0/33', '10.0.0.1', false],
    ['', '127.0.0.1', false],
  ])('%j trusts %s: %s', (value, ip, trusted) => {
    const list = parseTrustedProxies(value)
    expect(list.check(ip, ip.includes(':') ? 'ipv6' : 'ipv4')).toBe(trusted)
  })
})

describe('peerFromHeader', () => {
  it.each([
    ['secret 203.0.113.9', 'secret', '203.0.113.9'],
    ['secret ::ffff:203.0.113.9', 'secret', '203.0.113.9'],
    ['forged 203.0.113.9', 'secret', null],
    ['secret 203.0.113.9', undefined, null],
    ['secret', 'secret', null],
    ['secret 203.0.113.9 extra', 'secret', null],
    [null, 'secret', null],
  ])('%j with token %j -> %j', (value, token, peer) => {
    expect(peerFromHeader(value, token)).toBe(peer)
  })
})

describe('clientKey', () => {
  const headers = (values: Record<string, string>) => new Headers(values)
  it('reads the peer header and TRUSTED_PROXIES from the environment', () => {
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      PORTAL_PEER_TOKEN: 't0k',
      TRUSTED_PROXIES: '127.0.0.1',
    }
    const request = headers({
      [PEER_ADDRESS_HEADER]: 't0k 127.0.0.1',
      'x-forwarded-for': '198.51.100.4',
    })
    expect(clientKey(request, env)).toBe('198.51.100.4')
    expect(clientKey(request, { ...env, TRUSTED_PROXIES: '' })).toBe('127.0.0.1')
    expect(clientKey(headers({ 'x-forwarded-for': '198.51.100.4' }), env)).toBe('unknown')
  })
})
