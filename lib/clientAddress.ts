import { BlockList, isIP } from 'node:net'

/**
 * The header the portal's own server (scripts/server.mjs) sets on every request from the TCP
 * connection: `<token> <address>`. The token is random per process and lives only in this
 * process's environment, so a client cannot forge the header, and it is ignored when the app runs
 * under another server (`next dev`, plain `next start`).
 */
export const PEER_ADDRESS_HEADER = 'x-portal-peer-address'
export const PEER_TOKEN_ENV = 'PORTAL_PEER_TOKEN'

/** Reads `<token> <address>`; null unless the token is this process's. */
export function peerFromHeader(value: string | null, token: string | undefined): string | null {
  if (!value || !token) return null
  const [sent, address, ...rest] = value.trim().split(' ')
  return sent === token && address && rest.length === 0 ? normaliseAddress(address) : null
}

/** `::ffff:192.0.2.1` -> `192.0.2.1`, `[2001:db8::1]:443` -> `2001:db8::1`, `192.0.2.1:80` -> `192.0.2.1`; null if not an IP. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed) value = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value)
  if (mapped) value = mapped[1]!
  return isIP(value) ? value.toLowerCase() : null
}

/**
 * Parses `TRUSTED_PROXIES`: addresses and CIDR ranges separated by commas or spaces, IPv4 or
 * IPv6 (`10.0.0.0/8, 192.0.2.7, ::1`). Entries that are not addresses are ignored. Empty = no
 * proxy is trusted.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList()
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address, bits, ...rest] = entry.split('/')
    const ip = address ? normaliseAddress(address) : null
    if (!ip || rest.length > 0) continue
    const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4'
    const prefix = bits === undefined ? (type === 'ipv6' ? 128 : 32) : Number(bits)
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (type === 'ipv6' ? 128 : 32)) continue
    list.addSubnet(ip, prefix, type)
  }
  return list
}

const isTrusted = (proxies: BlockList, ip: string) =>
  proxies.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')

/**
 * Who is asking, for the rate limits. The TCP peer is the client unless it is a trusted proxy;
 * then X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first other address is the client. A hop that is not an address
 * stops the walk at the last trusted hop, since nobody we trust wrote it. Without a known peer
 * (another server than scripts/server.mjs) every request shares the key `unknown`: nothing the
 * client sends is believed.
 *
 * Returns an IP address or `unknown`.
 */
export function clientKeyFrom({
  peer,
  forwardedFor,
  trustedProxies,
}: {
  peer: string | null
  forwardedFor: string | null
  trustedProxies: BlockList
}): string {
  if (!peer) return 'unknown'
  if (!isTrusted(trustedProxies, peer)) return peer
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  let client = peer
  for (const hop of hops.reverse()) {
    const ip = normaliseAddress(hop)
    if (!ip) return client
    client = ip
    if (!isTrusted(trustedProxies, ip)) return ip
  }
  return client
}

let trusted: { source: string | undefined; list: BlockList } | null = null

/** The rate-limit key for a request's headers, with TRUSTED_PROXIES from the environment. */
export function clientKey(
  headers: { get(name: string): string | null },
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (!trusted || trusted.source !== env.TRUSTED_PROXIES) {
    trusted = { source: env.TRUSTED_PROXIES, list: parseTrustedProxies(env.TRUSTED_PROXIES) }
  }
  return clientKeyFrom({
    peer: peerFromHeader(headers.get(PEER_ADDRESS_HEADER), env[PEER_TOKEN_ENV]),
    forwardedFor: headers.get('x-forwarded-for'),
    trustedProxies: trusted.list,
  })
}
