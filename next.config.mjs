import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

// The public site's policy. Next.js bootstraps prerendered pages with inline scripts, and a
// nonce would force every page to render per request, so inline scripts stay allowed; nothing
// may load from another origin, be framed elsewhere, or post a form anywhere but here.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

// Several instances share one cache in Redis when REDIS_URL is set (cache-handler.mjs), with no
// per-process memory layer that could keep an old page; unset, each server keeps its own cache.
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
      cacheMaxMemorySize: 0,
    }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build output lets two builds (say, a developer's and the e2e server's) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Server code stays unminified: Payload tells its errors apart by class name, and a minified
  // name made it answer "An unknown error occurred." instead of the reason for every refusal
  // without data (e2e/errors.spec.ts). Client code is still minified.
  experimental: {
    serverMinification: false,
    turbopackMinify: { server: false, client: true },
  },
  ...sharedCache,
  images: { unoptimized: false },
  sassOptions: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The admin (Payload) and the APIs keep their own needs; everything readers see is covered.
      {
        source: '/((?!admin|api).*)',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }],
      },
    ]
  },
}

/**
 * withPayload asks every address for the reader's colour scheme as a critical client hint (for
 * the admin's theme). On a public page that costs a phone a second request for the first page it
 * opens: Chrome restarts the navigation to send the hint (Lighthouse: "Avoid multiple page
 * redirects", about 600 ms on the first page). The public site has one theme, so the hint is
 * asked for only under /admin, where Payload reads it.
 */
function clientHintsForAdminOnly(config) {
  const headers = config.headers
  return {
    ...config,
    async headers() {
      return (await headers()).map((rule) =>
        rule.source === '/:path*' && rule.headers.some(({ key }) => key === 'Critical-CH')
          ? { ...rule, source: '/admin/:path*' }
          : rule,
      )
    },
  }
}

export default clientHintsForAdminOnly(
  withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false }),
)
