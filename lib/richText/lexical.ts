/** The subset of Lexical's JSON that pages use, and helpers shared by the renderer and contents list. */
export type LexicalNode = {
  type: string
  tag?: string
  text?: string
  format?: number | string
  listType?: 'bullet' | 'number' | 'check'
  headerState?: number
  fields?: {
    url?: string
    linkType?: string
    newTab?: boolean
    doc?: { relationTo?: string; value?: unknown } | null
  }
  url?: string
  /** Upload and relationship nodes: the collection and the id (or the populated document). */
  relationTo?: string
  value?: unknown
  children?: LexicalNode[]
}

export type LexicalDocument = { root: LexicalNode }

/**
 * Whether a rich text field's value looks like a Lexical document: an object with a `root`. Only
 * that is checked; the nodes under it are trusted as the editor saved them.
 */
export function isLexicalDocument(value: unknown): value is LexicalDocument {
  return !!value && typeof value === 'object' && 'root' in value
}

/**
 * The text of a node and everything under it, joined with nothing between blocks (a line break
 * becomes a space): for one heading or paragraph. For several blocks use blockText.
 */
export function plainText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return ' '
  return (node.children ?? []).map(plainText).join('')
}

const BLOCKS = new Set([
  'root',
  'paragraph',
  'heading',
  'list',
  'listitem',
  'quote',
  'table',
  'tablerow',
  'tablecell',
])

/** The text with a line between blocks, so words of adjacent paragraphs never run together. */
export function blockText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  const parts = (node.children ?? []).map(blockText)
  return BLOCKS.has(node.type) ? parts.join('\n').replace(/\n{2,}/g, '\n') : parts.join('')
}

/** Stable ids for section (h2) headings; scripts without Latin letters get numbered ids. */
export function headingIds(root: LexicalNode): Map<LexicalNode, string> {
  const ids = new Map<LexicalNode, string>()
  const used = new Set<string>()
  for (const [index, node] of (root.children ?? []).entries()) {
    // An h1 in older content is drawn as an h2 (components/RichText), so it is a section too.
    if (node.type !== 'heading' || (node.tag !== 'h2' && node.tag !== 'h1')) continue
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

/**
 * Questions and answers from a page laid out as "what to do if...": each h3 is a question and
 * the blocks after it, up to the next heading, are its answer.
 */
export function questionsAndAnswers(root: LexicalNode): { question: string; answer: string }[] {
  const result: { question: string; answer: string }[] = []
  let current: { question: string; parts: string[] } | null = null
  const close = () => {
    const answer = current?.parts.join('\n').trim()
    if (current && answer) result.push({ question: current.question, answer })
  }
  for (const node of root.children ?? []) {
    if (node.type === 'heading') {
      close()
      current = node.tag === 'h3' ? { question: plainText(node).trim(), parts: [] } : null
    } else if (current) {
      current.parts.push(blockText(node).trim())
    }
  }
  close()
  return result
}
