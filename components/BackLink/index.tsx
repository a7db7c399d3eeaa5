export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} className="govuk-back-link">
      {label}
    </a>
  )
}
