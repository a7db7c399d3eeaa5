import { defaultLocale, type Locale } from '@/i18n/locales'
import { isSameSitePath } from '@/lib/api/sameSitePath'

export const SEVERITIES = ['information', 'warning'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A localized text as Payload returns it with `locale: 'all'`: one entry per language. */
export type LocalizedText = Partial<Record<Locale, string | null>> | null | undefined

/** A published banner as the loader keeps it: every language, the window and the page limit. */
export type BannerRecord = {
  id: number | string
  severity: Severity
  /** ISO date-times; empty start = shown at once, empty end = shown until unpublished. */
  startsAt?: string | null
  endsAt?: string | null
  /** Page ids; empty = every page. */
  pages: (number | string)[]
  title: LocalizedText
  text: LocalizedText
  linkLabel: LocalizedText
  linkUrl: LocalizedText
}

/** What a reader sees: one language, with `lang` set when English stands in for theirs. */
export type VisibleBanner = {
  id: number | string
  severity: Severity
  lang: Locale
  title: string
  paragraphs: string[]
  link: { label: string; href: string; lang: Locale } | null
}

const time = (iso?: string | null) => (iso ? Date.parse(iso) : Number.NaN)

/** Inside its window at `now`: start <= now < end (the end instant itself is outside). */
export function isLive(banner: Pick<BannerRecord, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const start = time(banner.startsAt)
  const end = time(banner.endsAt)
  if (!Number.isNaN(start) && now.getTime() < start) return false
  if (!Number.isNaN(end) && now.getTime() >= end) return false
  return true
}

/**
 * The next instant after `now` at which any banner starts or ends, or null when none will:
 * the pages showing banners must be rebuilt then. Returns a Date.
 */
export function nextChange(banners: BannerRecord[], now: Date): Date | null {
  const future = banners
    .flatMap((b) => [time(b.startsAt), time(b.endsAt)])
    .filter((t) => !Number.isNaN(t) && t > now.getTime())
  return future.length > 0 ? new Date(Math.min(...future)) : null
}

/**
 * Only a site-relative path ("/pl/guide?x=1#part", checked by isSameSitePath: not "//host",
 * "/\\host" or "/<tab>/host") or an https address may be linked: anything else (javascript:,
 * http:, typos, whitespace or control characters inside) is dropped rather than shown broken.
 */
export function safeHref(url: string | null | undefined): string | null {
  const value = url?.trim()
  if (!value) return null
  if (value.startsWith('/')) return isSameSitePath(value, { allowQuery: true }) ? value : null
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return null
  try {
    return new URL(value).protocol === 'https:' ? value : null
  } catch {
    return null
  }
}

const pick = (text: LocalizedText, locale: Locale) => text?.[locale]?.trim() || ''

/**
 * The banner in the reader's language. A language is used only when it has both title and
 * text; otherwise the English banner stands in, marked `lang: 'en'` (never a mix of the two).
 * The link follows the chosen language, or English when that language has none. Null when
 * even English is empty.
 */
export function localizeBanner(banner: BannerRecord, locale: Locale): VisibleBanner | null {
  const lang = [locale, defaultLocale].find((l) => pick(banner.title, l) && pick(banner.text, l))
  if (!lang) return null
  const linkLang = [lang, defaultLocale].find(
    (l) => pick(banner.linkLabel, l) && safeHref(pick(banner.linkUrl, l)),
  )
  return {
    id: banner.id,
    severity: banner.severity,
    lang,
    title: pick(banner.title, lang),
    paragraphs: pick(banner.text, lang)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    link: linkLang
      ? {
          label: pick(banner.linkLabel, linkLang),
          href: safeHref(pick(banner.linkUrl, linkLang))!,
          lang: linkLang,
        }
      : null,
  }
}

/**
 * The banners to show now, in the reader's language, warnings first. `pageId: null` asks for
 * the site-wide banners (the layout's slot, on every page); a page id asks for the banners
 * limited to that page (the guide's own slot), so no banner is shown twice.
 */
export function bannersFor(
  banners: BannerRecord[],
  { locale, now, pageId }: { locale: Locale; now: Date; pageId: number | string | null },
): VisibleBanner[] {
  return banners
    .filter((b) => isLive(b, now))
    .filter((b) =>
      pageId === null ? b.pages.length === 0 : b.pages.map(String).includes(String(pageId)),
    )
    .sort((a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'))
    .flatMap((b) => localizeBanner(b, locale) ?? [])
}
