/** The admin menu's way to the translation status view. */
export function TranslationStatusLink() {
  return (
    <a className="nav__link" href="/admin/translation-status">
      <span className="nav__link-label">Translation status</span>
    </a>
  )
}
