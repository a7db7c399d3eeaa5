export type ErrorItem = { href: string; text: string }

/**
 * GOV.UK error summary. It takes focus on load through the autofocus attribute, which browsers
 * honour without JavaScript, so screen reader users hear the problems first.
 */
export function ErrorSummary({ title, items }: { title: string; items: ErrorItem[] }) {
  if (items.length === 0) return null
  return (
    <div className="govuk-error-summary" tabIndex={-1} autoFocus>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

/** The inline message beside a field; "Error:" is read out but not shown, as GOV.UK does. */
export function ErrorMessage({ id, prefix, text }: { id: string; prefix: string; text: string }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{prefix}:</span> {text}
    </p>
  )
}
