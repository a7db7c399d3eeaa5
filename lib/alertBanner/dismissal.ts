import { createHash } from 'node:crypto'

import { isSameSitePath } from '@/lib/api/sameSitePath'

import type { VisibleBanner } from './visibility'

/**
 * The one cookie the banner sets, only after a reader presses "Hide": a list of hashes of the
 * banner texts they hid. Nothing identifies the reader, so it is strictly necessary for the
 * feature they asked for (PECR reg 6(4)(b)), not a tracking cookie.
 */
export const DISMISSED_COOKIE = 'dismissed_banners'
/** 180 days, in seconds. */
export const DISMISSED_MAX_AGE = 180 * 24 * 60 * 60
/** Oldest hashes drop off beyond this, keeping the cookie tiny. */
export const MAX_DISMISSED = 10

const KEY = /^[0-9a-f]{16}$/

/**
 * 16 hex characters hashing (SHA-256) everything the reader saw: a change to the title, text,
 * link or severity, in their language, gives a new key, so the banner shows again.
 */
export function dismissalKey(banner: VisibleBanner): string {
  const { id, severity, lang, title, paragraphs, link } = banner
  const seen = JSON.stringify([id, severity, lang, title, paragraphs, link?.label, link?.href])
  return createHash('sha256').update(seen).digest('hex').slice(0, 16)
}

/**
 * Whether a value is a dismissal key as `dismissalKey` makes it: a string of exactly 16 lowercase
 * hex characters. Anything else read from the cookie (other text, tampering) is not a key.
 */
export function isDismissalKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value)
}

/** The valid keys in a cookie value ("k1.k2"); anything malformed is ignored. */
export function parseDismissed(cookie: string | null | undefined): string[] {
  return [...new Set((cookie ?? '').split('.').filter(isDismissalKey))]
}

/** The cookie value after hiding `key`: newest last, at most MAX_DISMISSED keys. */
export function addDismissed(cookie: string | null | undefined, key: string): string {
  const keys = parseDismissed(cookie).filter((k) => k !== key)
  return [...keys, key].slice(-MAX_DISMISSED).join('.')
}

/** The stylesheet that hides the reader's dismissed banners (empty rules when none). */
export function dismissedCss(keys: string[]): string {
  const valid = keys.filter(isDismissalKey)
  if (valid.length === 0) return '/* no banners hidden */\n'
  const selectors = valid.map((k) => `.app-alert-banner[data-dismiss-key="${k}"]`)
  return `${selectors.join(',\n')} {\n  display: none !important;\n}\n`
}

/**
 * Where to send the reader back after hiding a banner: the path and query of the page they
 * were on (from the Referer of a same-site POST), never another host. Falls back to the home
 * page of their language. Returns a path starting with one "/".
 */
export function returnPath(referer: string | null | undefined, fallback: string): string {
  if (!referer) return fallback
  try {
    const url = new URL(referer)
    if (!/^https?:$/.test(url.protocol)) return fallback
    const path = `${url.pathname}${url.search}`
    return isSameSitePath(path, { allowQuery: true }) && !path.startsWith('/api/') ? path : fallback
  } catch {
    return fallback
  }
}
