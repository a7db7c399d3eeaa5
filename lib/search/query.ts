import { stripInvisible } from '@/lib/plainText'

export const QUERY_MIN = 2
export const QUERY_MAX = 100

/**
 * Words readers spell more than one way, as [the spelling the site's texts use, other spellings].
 * Urdu writes "Tribunal" both ways; the guides use the first (content/terminology.test.ts).
 */
const SPELLINGS: [string, string[]][] = [['ٹربیونل', ['ٹریبونل']]]

// Arabic keyboards type these letters; Urdu text uses the Urdu forms (yeh, kaf).
const ARABIC_TO_URDU: [RegExp, string][] = [
  [/\u064a/g, '\u06cc'],
  [/\u0643/g, '\u06a9'],
]

/** The text with Arabic letters in their Urdu form and every variant in the site's spelling. */
export function canonicalSpelling(text: string): string {
  let result = text
  for (const [pattern, urdu] of ARABIC_TO_URDU) result = result.replace(pattern, urdu)
  for (const [canonical, variants] of SPELLINGS)
    for (const variant of variants) result = result.replaceAll(variant, canonical)
  return result
}

/**
 * Every spelling of `text` worth searching for: as typed, in the site's spelling and in each
 * variant spelling, so a guide is found whichever spelling the reader or an editor used.
 * Returns distinct strings, the text as typed first.
 */
export function spellingVariants(text: string): string[] {
  const canonical = canonicalSpelling(text)
  const variants = [text, canonical]
  for (const [word, others] of SPELLINGS)
    if (canonical.includes(word))
      for (const other of others) variants.push(canonical.replaceAll(word, other))
  return [...new Set(variants)]
}

export type ParsedQuery =
  | { kind: 'none' }
  | { kind: 'invalid'; query: string; error: 'tooShort' | 'tooLong' }
  | { kind: 'ok'; query: string; terms: string[] }

/**
 * Reads ?q= as people and robots send it: repeated, empty, padded, full of control characters or
 * far too long. Only a sensible query reaches the database; everything else gets a message.
 */
export function parseQuery(raw: string | string[] | undefined): ParsedQuery {
  const first = Array.isArray(raw) ? raw[0] : raw
  if (first === undefined) return { kind: 'none' }
  // Controls separate words (a tab is a space); bidirectional controls simply go.
  const query = stripInvisible(first.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
  if (query.length > QUERY_MAX)
    return { kind: 'invalid', query: query.slice(0, QUERY_MAX), error: 'tooLong' }
  if (query.length < QUERY_MIN) return { kind: 'invalid', query, error: 'tooShort' }
  const words = [...new Set(query.toLocaleLowerCase().split(' ').filter(Boolean))].slice(0, 10)
  // Highlight every spelling of a word, since results may use any of them.
  const terms = [...new Set(words.flatMap(spellingVariants))]
  return { kind: 'ok', query, terms }
}

export type Segment = { text: string; match: boolean }

/**
 * Splits text into plain and matching parts. The page renders each part as text (React escapes
 * it), and only the <mark> around a match is markup: nothing typed can ever become HTML.
 */
export function highlight(text: string, terms: string[]): Segment[] {
  const lower = text.toLocaleLowerCase()
  const segments: Segment[] = []
  let position = 0
  while (position < text.length) {
    let next = -1
    let length = 0
    for (const term of terms) {
      const found = lower.indexOf(term, position)
      if (
        found !== -1 &&
        (next === -1 || found < next || (found === next && term.length > length))
      ) {
        next = found
        length = term.length
      }
    }
    if (next === -1 || length === 0) {
      segments.push({ text: text.slice(position), match: false })
      break
    }
    if (next > position) segments.push({ text: text.slice(position, next), match: false })
    segments.push({ text: text.slice(next, next + length), match: true })
    position = next + length
  }
  return segments
}

/** Up to `size` characters of text around the first match, cut at word boundaries. */
export function snippet(text: string, terms: string[], size = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= size) return clean
  const lower = clean.toLocaleLowerCase()
  const hits = terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0)
  const first = hits.length > 0 ? Math.min(...hits) : 0
  let start = Math.max(0, first - Math.floor(size / 3))
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start
  let end = Math.min(clean.length, start + size)
  if (end < clean.length)
    end = clean.lastIndexOf(' ', end) > start ? clean.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`
}
