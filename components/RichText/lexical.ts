/** The subset of Lexical's JSON that pages use, and helpers shared by the renderer and contents list. */
export type LexicalNode = {
  type: string
  tag?: string
  text?: string
  format?: number | string
  listType?: 'bullet' | 'number' | 'check'
  headerState?: number
  fields?: { url?: string; linkType?: string; newTab?: boolean; doc?: unknown }
  url?: string
  children?: LexicalNode[]
}

export type LexicalDocument = { root: LexicalNode }

export function isLexicalDocument(value: unknown): value is LexicalDocument {
  return !!value && typeof value === 'object' && 'root' in value
}

export function plainText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return ' '
  return (node.children ?? []).map(plainText).join('')
}

/** Stable ids for section headings; scripts without Latin letters get numbered ids. */
export function headingIds(root: LexicalNode): Map<LexicalNode, string> {
  const ids = new Map<LexicalNode, string>()
  const used = new Set<string>()
  for (const [index, node] of (root.children ?? []).entries()) {
    if (node.type !== 'heading' || node.tag !== 'h2') continue
    let id =
      plainText(node)
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents off: "ś" -> "s"
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || `section-${index + 1}`
    while (used.has(id)) id = `${id}-${index + 1}`
    used.add(id)
    ids.set(node, id)
  }
  return ids
}
