import { stripInvisible } from '@/lib/plainText'

export const QUERY_MIN = 2
export const QUERY_MAX = 100

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
  const terms = [...new Set(query.toLocaleLowerCase().split(' ').filter(Boolean))].slice(0, 10)
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
