import fs from 'node:fs'
import path from 'node:path'

import { isLocale, type Locale } from '@/i18n/locales'

export type GuideSource = {
  slug: string
  locale: Locale
  title: string
  summary: string
  parent?: string
  order: number
  lastReviewed?: string
  nextReview?: string
  /** Shows the call-back request form (front matter `callbackForm: true`). */
  callbackForm: boolean
  /** `structuredData: faq` describes the page to search engines as questions and answers. */
  structuredData: 'none' | 'faq'
  /** A legal guide whose last changer may not publish it (front matter `needsSecondPerson: true`). */
  needsSecondPerson: boolean
  body: string
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/

export function parseGuide(fileName: string, source: string): GuideSource {
  const nameMatch = /^([a-z0-9-]+)\.([a-z]{2,3})\.md$/.exec(fileName)
  if (!nameMatch || !isLocale(nameMatch[2]))
    throw new Error(`Unexpected guide file name: ${fileName}`)
  const match = FRONT_MATTER.exec(source.replace(/\r\n/g, '\n'))
  if (!match) throw new Error(`${fileName} has no front matter`)
  const meta: Record<string, string> = {}
  for (const line of match[1].split('\n')) {
    const pair = /^(\w+):\s*(.*)$/.exec(line.trim())
    if (pair) meta[pair[1]] = pair[2].trim()
  }
  if (!meta.title) throw new Error(`${fileName} has no title`)
  return {
    slug: nameMatch[1],
    locale: nameMatch[2],
    title: meta.title,
    summary: meta.summary ?? '',
    parent: meta.parent || undefined,
    order: Number(meta.order ?? 100),
    lastReviewed: meta.lastReviewed,
    nextReview: meta.nextReview,
    callbackForm: meta.callbackForm === 'true',
    structuredData: meta.structuredData === 'faq' ? 'faq' : 'none',
    needsSecondPerson: meta.needsSecondPerson === 'true',
    body: match[2].trim(),
  }
}

// Read from the working directory at run time (the seed, and the timeline_guides migration that
// runs on a server's first start): not traced into the build output.
export function loadGuides(
  dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'content/pages'),
): GuideSource[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) =>
      parseGuide(file, fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), 'utf8')),
    )
}
