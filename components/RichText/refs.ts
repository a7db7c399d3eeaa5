import type { LexicalNode } from '@/lib/richText/lexical'

/** A published page an internal link or relationship points at, in the reader's language. */
export type LinkedPage = { path: string; title: string }

/** The Media fields an image or file needs (the collection's own document shape). */
export type MediaItem = {
  url?: string | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  sizes?: { card?: { url?: string | null; width?: number | null; height?: number | null } | null }
}

/** Documents rich text refers to by id, looked up once per page (lib/queries/richTextRefs.ts). */
export type RichTextRefs = {
  pages: Map<string, LinkedPage>
  media: Map<string, MediaItem>
}

export const noRefs: RichTextRefs = { pages: new Map(), media: new Map() }

function idOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return String(value)
}

/** The ids of pages and media a document refers to (internal links, relationships, uploads). */
export function referencedIds(root: LexicalNode | undefined): { pages: string[]; media: string[] } {
  const pages = new Set<string>()
  const media = new Set<string>()
  const visit = (node: LexicalNode) => {
    const link = node.fields?.linkType === 'internal' ? node.fields.doc : null
    if (link?.relationTo === 'pages') pages.add(idOf(link.value) ?? '')
    if (node.type === 'relationship' && node.relationTo === 'pages')
      pages.add(idOf(node.value) ?? '')
    if (node.type === 'upload' && node.relationTo === 'media') media.add(idOf(node.value) ?? '')
    node.children?.forEach(visit)
  }
  if (root) visit(root)
  pages.delete('')
  media.delete('')
  return { pages: [...pages], media: [...media] }
}

export function linkedPage(refs: RichTextRefs, value: unknown): LinkedPage | null {
  const id = idOf(value)
  return (id && refs.pages.get(id)) || null
}

export function mediaItem(refs: RichTextRefs, value: unknown): MediaItem | null {
  const id = idOf(value)
  const found = id ? refs.media.get(id) : undefined
  if (found) return found
  // Already populated (a query with depth): use the document itself.
  return value && typeof value === 'object' && 'url' in value ? (value as MediaItem) : null
}
