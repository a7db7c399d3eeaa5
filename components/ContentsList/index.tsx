import { headingIds, isLexicalDocument, plainText } from '@/lib/richText/lexical'

/** GOV.UK-style contents list for long pages (three or more sections). */
export function ContentsList({ data, label }: { data: unknown; label: string }) {
  if (!isLexicalDocument(data)) return null
  const sections = [...headingIds(data.root)]
  if (sections.length < 3) return null
  return (
    <nav className="app-contents-list" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="govuk-heading-s app-contents-list__title">
        {label}
      </h2>
      <ol className="govuk-list app-contents-list__list">
        {sections.map(([node, id]) => (
          <li key={id} className="app-contents-list__item">
            <a className="govuk-link" href={`#${id}`}>
              {plainText(node)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
