import { isLexicalDocument, type LexicalNode } from '@/lib/richText/lexical'

/**
 * The page fields a translator translates: every localized text, textarea or rich text field
 * a reader or search engine sees. (`searchText` is derived from `body`; `translatedAt` is a date.)
 * A test checks this list against the Pages collection, so a new text field cannot be forgotten.
 */
export const TRANSLATABLE_PAGE_FIELDS = [
  'title',
  'summary',
  'body',
  'meta.title',
  'meta.description',
] as const

export type TranslatableField = (typeof TRANSLATABLE_PAGE_FIELDS)[number]

/** The value at a dotted path (`meta.title`), or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let value: unknown = doc
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * The translatable fields of a document read with `locale: 'all'` (each value an object keyed by
 * locale, `{ en, pl }`), in one `locale` without fallback: `{ title, summary, body, meta: { title,
 * description } }`, a missing translation undefined. Shaped like a read in that one locale, so
 * changedTextFields can compare it.
 */
export function textInLocale(doc: unknown, locale: string): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const field of TRANSLATABLE_PAGE_FIELDS) {
    const byLocale = valueAt(doc, field)
    const value =
      byLocale && typeof byLocale === 'object'
        ? (byLocale as Record<string, unknown>)[locale]
        : undefined
    const keys = field.split('.')
    let target = result
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>
    target[keys[keys.length - 1]!] = value
  }
  return result
}

/** Whether a field holds its own text: non-blank string, or rich text with words or an image. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  return isLexicalDocument(value) && fingerprint(value) !== ''
}

function id(ref: unknown): unknown {
  return ref && typeof ref === 'object' && 'id' in ref ? (ref as { id: unknown }).id : ref
}

/** What a node says, without its styling: text, structure, link targets and images. */
function essence(node: LexicalNode): unknown {
  const raw = node as LexicalNode & { value?: unknown; relationTo?: string }
  const children = (node.children ?? []).map(essence).filter((c) => c !== null)
  if (node.type === 'text') return node.text?.trim() ? node.text : null
  if (node.type === 'paragraph' && children.length === 0) return null
  return {
    t: node.type,
    ...(node.tag ? { tag: node.tag } : {}),
    ...(node.listType ? { list: node.listType } : {}),
    ...(node.fields?.url ? { url: node.fields.url } : {}),
    ...(node.fields?.doc ? { doc: id((node.fields.doc as { value?: unknown }).value) } : {}),
    ...(raw.value !== undefined ? { value: id(raw.value) } : {}),
    ...(children.length ? { c: children } : {}),
  }
}

/**
 * A comparable form of a text field's content. Two values with the same fingerprint say the
 * same thing: whitespace around strings, bold/italic, alignment and Lexical's bookkeeping
 * (versions, direction, ids) do not count; words, headings, lists, links and images do.
 */
export function fingerprint(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (isLexicalDocument(value)) {
    const root = essence(value.root) as { c?: unknown[] }
    return root.c?.length ? JSON.stringify(root.c) : ''
  }
  return JSON.stringify(value)
}

/**
 * The translatable fields whose content a write changes, in the one language written. `data` is
 * what is being saved: a field it leaves out (undefined) keeps its value; null clears it.
 */
export function changedTextFields(before: unknown, data: unknown): TranslatableField[] {
  return TRANSLATABLE_PAGE_FIELDS.filter((field) => {
    const next = valueAt(data, field)
    return next !== undefined && fingerprint(valueAt(before, field)) !== fingerprint(next)
  })
}
