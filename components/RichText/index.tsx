import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

import { headingIds, isLexicalDocument, type LexicalNode } from './lexical'

const BOLD = 1
const ITALIC = 2

type Context = { locale: Locale; ids: Map<LexicalNode, string> }

/** Internal links in content are locale-neutral (/mediation); readers stay in their language. */
function linkHref(node: LexicalNode, locale: Locale): string {
  const url = node.fields?.url ?? node.url ?? '#'
  if (url.startsWith('/') && !/^\/(en|pl|ur)(\/|$)/.test(url)) return localeHref(locale, url)
  return url
}

function renderText(node: LexicalNode): ReactNode {
  let content: ReactNode = node.text
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & BOLD) content = <strong>{content}</strong>
  if (format & ITALIC) content = <em>{content}</em>
  return content
}

function render(nodes: LexicalNode[] | undefined, ctx: Context): ReactNode[] {
  return (nodes ?? []).map((node, key) => renderNode(node, key, ctx))
}

function renderNode(node: LexicalNode, key: number, ctx: Context): ReactNode {
  const children = render(node.children, ctx)
  switch (node.type) {
    case 'text':
      return <span key={key}>{renderText(node)}</span>
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return children.length ? (
        <p key={key} className="govuk-body">
          {children}
        </p>
      ) : null
    case 'heading': {
      const size = node.tag === 'h2' ? 'l' : node.tag === 'h3' ? 'm' : 's'
      const Tag = (['h2', 'h3', 'h4'].includes(node.tag ?? '') ? node.tag : 'h4') as 'h2'
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
      const external = node.fields?.newTab
      return (
        <a
          key={key}
          className="govuk-link"
          href={linkHref(node, ctx.locale)}
          {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
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
    default:
      return children.length ? <span key={key}>{children}</span> : null
  }
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

export function RichText({ data, locale }: { data: unknown; locale: Locale }) {
  if (!isLexicalDocument(data)) return null
  const ctx = { locale, ids: headingIds(data.root) }
  return <div className="app-rich-text">{render(data.root.children, ctx)}</div>
}
