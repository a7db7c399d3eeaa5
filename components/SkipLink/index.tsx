export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main-content" className="govuk-skip-link">
      {label}
    </a>
  )
}
