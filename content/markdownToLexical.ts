/**
 * Turns the small Markdown dialect used in content/pages/*.md into Payload's Lexical JSON.
 * Supported: ## and ### headings, paragraphs, **bold**, [links](/path), - and 1. lists,
 * pipe tables (first row is the header) and "> " inset notes. Nothing else is needed by
 * the guides, and a tiny converter we own beats a dependency on the editor's internals.
 */
type Direction = 'ltr' | 'rtl'
type LexicalNode = Record<string, unknown> & { type: string }

const BOLD = 1

function block(type: string, children: LexicalNode[], dir: Direction, extra = {}): LexicalNode {
  return { type, children, direction: dir, format: '', indent: 0, version: 1, ...extra }
}

function text(value: string, format = 0): LexicalNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

/** Inline: **bold** and [text](url), in any order, never nested. */
export function inline(source: string, dir: Direction): LexicalNode[] {
  const nodes: LexicalNode[] = []
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(text(match[1], BOLD))
    else
      nodes.push({
        ...block('link', [text(match[2])], dir),
        version: 3,
        fields: { linkType: 'custom', url: match[3], newTab: false },
      })
    last = match.index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
}

function table(lines: string[], dir: Direction): LexicalNode {
  const rows = lines.filter((line) => !/^\|?\s*:?-{3,}/.test(line.trim()))
  return block(
    'table',
    rows.map((line, rowIndex) =>
      block(
        'tablerow',
        tableCells(line).map((cell) =>
          block('tablecell', [block('paragraph', inline(cell, dir), dir, { textFormat: 0 })], dir, {
            headerState: rowIndex === 0 ? 1 : 0,
            colSpan: 1,
            rowSpan: 1,
            backgroundColor: null,
          }),
        ),
        dir,
      ),
    ),
    dir,
  )
}

export function markdownToLexical(markdown: string, dir: Direction = 'ltr') {
  const children: LexicalNode[] = []
  const lines = markdown.replace(/\r\n/g, '\n').split('\n')
  let i = 0
  const take = (test: (line: string) => boolean) => {
    const taken: string[] = []
    while (i < lines.length && test(lines[i])) taken.push(lines[i++])
    return taken
  }
  while (i < lines.length) {
    const line = lines[i]
    const heading = /^(#{2,4})\s+(.*)$/.exec(line)
    if (!line.trim()) i++
    else if (heading) {
      children.push(
        block('heading', inline(heading[2].trim(), dir), dir, { tag: `h${heading[1].length}` }),
      )
      i++
    } else if (/^\s*[-*]\s+/.test(line) || /^\s*\d+\.\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line)
      const items = take((l) => (ordered ? /^\s*\d+\.\s+/ : /^\s*[-*]\s+/).test(l))
      children.push(
        block(
          'list',
          items.map((item, n) =>
            block('listitem', inline(item.replace(/^\s*([-*]|\d+\.)\s+/, ''), dir), dir, {
              value: n + 1,
            }),
          ),
          dir,
          { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 },
        ),
      )
    } else if (line.trim().startsWith('|')) {
      children.push(
        table(
          take((l) => l.trim().startsWith('|')),
          dir,
        ),
      )
    } else if (line.startsWith('>')) {
      const quote = take((l) => l.startsWith('>')).map((l) => l.replace(/^>\s?/, ''))
      children.push(block('quote', inline(quote.join(' '), dir), dir))
    } else {
      const para = take((l) => !!l.trim() && !/^(#{2,4}\s|\s*[-*]\s|\s*\d+\.\s|\||>)/.test(l))
      children.push(block('paragraph', inline(para.join(' '), dir), dir, { textFormat: 0 }))
    }
  }
  return { root: block('root', children, dir) }
}
