import { useLocale } from 'next-intl'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

import { headingIds, isLexicalDocument, type LexicalNode } from '@/lib/richText/lexical'
import { linkedPage, mediaItem, noRefs, type MediaItem, type RichTextRefs } from './refs'

/**
 * The editor features this renderer draws (keys of @payloadcms/richtext-lexical features).
 * fields/richTextEditor.ts offers exactly these; a test holds the two lists equal.
 */
export const RENDERED_FEATURES = [
  'paragraph',
  'heading',
  'bold',
  'italic',
  'strikethrough',
  'inlineCode',
  'link',
  'unorderedList',
  'orderedList',
  'blockquote',
  'horizontalRule',
  'experimental_table',
  'upload',
  'relationship',
] as const

// Lexical's text format bits. Underline (8) is not offered: on the web it reads as a link.
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const CODE = 16
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

type Context = { locale: Locale; ids: Map<LexicalNode, string>; refs: RichTextRefs }

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i

/**
 * Where a link goes, or null when it cannot go anywhere safe. Internal links name a page and get
 * its current path in the reader's language; typed site paths (/mediation) get the reader's
 * language prefix; only web, mail, phone and same-page addresses are links at all.
 */
function linkHref(node: LexicalNode, ctx: Context): string | null {
  if (node.fields?.linkType === 'internal') {
    const page = linkedPage(ctx.refs, node.fields.doc?.value)
    return page ? localeHref(ctx.locale, page.path) : null
  }
  const url = (node.fields?.url ?? node.url ?? '').trim()
  if (!SAFE_URL.test(url)) return null
  if (url.startsWith('/') && !/^\/(en|pl|ur)(\/|$)/.test(url)) return localeHref(ctx.locale, url)
  return url
}

function renderText(node: LexicalNode): ReactNode {
  let content: ReactNode = node.text
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & CODE) content = <code>{content}</code>
  if (format & SUBSCRIPT) content = <sub>{content}</sub>
  if (format & SUPERSCRIPT) content = <sup>{content}</sup>
  if (format & STRIKETHROUGH) content = <s>{content}</s>
  if (format & ITALIC) content = <em>{content}</em>
  if (format & BOLD) content = <strong>{content}</strong>
  return content
}

function render(nodes: LexicalNode[] | undefined, ctx: Context): ReactNode[] {
  return (nodes ?? []).map((node, key) => renderNode(node, key, ctx))
}

// The page title is the only h1, and GOV.UK has three heading sizes below it.
const HEADING: Record<string, { tag: 'h2' | 'h3' | 'h4'; size: 'l' | 'm' | 's' }> = {
  h1: { tag: 'h2', size: 'l' },
  h2: { tag: 'h2', size: 'l' },
  h3: { tag: 'h3', size: 'm' },
  h4: { tag: 'h4', size: 's' },
  h5: { tag: 'h4', size: 's' },
  h6: { tag: 'h4', size: 's' },
}

function renderNode(node: LexicalNode, key: number, ctx: Context): ReactNode {
  const children = render(node.children, ctx)
  switch (node.type) {
    case 'text':
      return <span key={key}>{renderText(node)}</span>
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return ' '
    case 'paragraph':
      return children.length ? (
        <p key={key} className="govuk-body">
          {children}
        </p>
      ) : null
    case 'heading': {
      const { tag: Tag, size } = HEADING[node.tag ?? ''] ?? HEADING.h4
      return (
        <Tag key={key} id={ctx.ids.get(node)} className={`govuk-heading-${size}`}>
          {children}
        </Tag>
      )
    }
    case 'list': {
      const ordered = node.listType === 'number'
      const Tag = ordered ? 'ol' : 'ul'
      return (
        <Tag
          key={key}
          className={`govuk-list ${ordered ? 'govuk-list--number' : 'govuk-list--bullet'}`}
        >
          {children}
        </Tag>
      )
    }
    case 'listitem':
      return <li key={key}>{children}</li>
    case 'link':
    case 'autolink': {
      const href = linkHref(node, ctx)
      if (!href) return <span key={key}>{children}</span>
      return (
        <a key={key} className="govuk-link" href={href}>
          {children}
        </a>
      )
    }
    case 'quote':
      return (
        <div key={key} className="govuk-inset-text">
          {children}
        </div>
      )
    case 'horizontalrule':
      return (
        <hr
          key={key}
          className="govuk-section-break govuk-section-break--l govuk-section-break--visible"
        />
      )
    case 'table':
      return <RichTable key={key} node={node} ctx={ctx} />
    case 'upload': {
      const media = node.relationTo === 'media' ? mediaItem(ctx.refs, node.value) : null
      return media?.url ? <RichMedia key={key} media={media} /> : null
    }
    case 'relationship': {
      const page = node.relationTo === 'pages' ? linkedPage(ctx.refs, node.value) : null
      return page ? (
        <p key={key} className="govuk-body app-rich-text__related">
          <a className="govuk-link" href={localeHref(ctx.locale, page.path)}>
            {page.title}
          </a>
        </p>
      ) : null
    }
    default:
      return children.length ? <span key={key}>{children}</span> : null
  }
}

/**
 * An image at the column's width on any screen (the card size and the original in srcset), with
 * the Media item's alt text; a PDF or other file as a link named by its alt text.
 */
function RichMedia({ media }: { media: MediaItem }) {
  const url = media.url as string
  if (!media.mimeType?.startsWith('image/')) {
    return (
      <p className="govuk-body">
        <a className="govuk-link" href={url}>
          {media.alt || media.filename}
        </a>
      </p>
    )
  }
  const card = media.sizes?.card
  const candidates = [
    card?.url && card.width ? `${card.url} ${card.width}w` : null,
    media.width ? `${url} ${media.width}w` : null,
  ].filter(Boolean)
  return (
    <figure className="app-rich-text__figure">
      {/* eslint-disable-next-line @next/next/no-img-element -- Payload already made the sizes */}
      <img
        className="app-rich-text__image"
        src={url}
        alt={media.alt ?? ''}
        width={media.width ?? undefined}
        height={media.height ?? undefined}
        {...(candidates.length > 1
          ? { srcSet: candidates.join(', '), sizes: '(min-width: 641px) 640px, 100vw' }
          : {})}
        loading="lazy"
        decoding="async"
      />
    </figure>
  )
}

function RichTable({ node, ctx }: { node: LexicalNode; ctx: Context }) {
  const [head, ...body] = node.children ?? []
  const hasHead = head?.children?.some((cell) => cell.headerState)
  const cells = (row: LexicalNode, header: boolean) =>
    (row.children ?? []).map((cell, i) => {
      const content = (cell.children ?? []).flatMap((p) => render(p.children, ctx))
      return header ? (
        <th key={i} scope="col" className="govuk-table__header">
          {content}
        </th>
      ) : (
        <td key={i} className="govuk-table__cell">
          {content}
        </td>
      )
    })
  const rows = hasHead ? body : (node.children ?? [])
  return (
    <div className="app-table-wrapper">
      <table className="govuk-table">
        {hasHead && (
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">{cells(head, true)}</tr>
          </thead>
        )}
        <tbody className="govuk-table__body">
          {rows.map((row, i) => (
            <tr key={i} className="govuk-table__row">
              {cells(row, false)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * A page body (Lexical JSON) as GOV.UK-styled HTML. `refs` holds the pages and media the body
 * points at by id (lib/queries/richTextRefs.ts); a link to a page that is not published is
 * shown as its text, and an image that no longer exists is left out.
 */
export function RichText({ data, refs = noRefs }: { data: unknown; refs?: RichTextRefs }) {
  // The reader's language from next-intl's request config (setRequestLocale in the page).
  const locale = useLocale()
  if (!isLexicalDocument(data)) return null
  const ctx = { locale, ids: headingIds(data.root), refs }
  return <div className="app-rich-text">{render(data.root.children, ctx)}</div>
}
