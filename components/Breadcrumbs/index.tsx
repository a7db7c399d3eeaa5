export type Crumb = { label: string; href: string }

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  if (items.length === 0) return null
  return (
    <nav className="govuk-breadcrumbs" aria-label={label}>
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li key={item.href} className="govuk-breadcrumbs__list-item">
            <a className="govuk-breadcrumbs__link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
