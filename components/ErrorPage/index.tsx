import type en from '@/messages/en.json'

export type ErrorPageTexts = (typeof en)['ErrorPage']

type Props = { texts: ErrorPageTexts; homeHref: string; onRetry?: () => void }

/**
 * "Sorry, there is a problem with the service" in GOV.UK's pattern: what happened, what to do,
 * and where to get help. Presentational only: error.tsx and global-error.tsx give it the texts.
 */
export function ErrorPageContent({ texts, homeHref, onRetry }: Props) {
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <h1 className="govuk-heading-xl">{texts.title}</h1>
      <p className="govuk-body">{texts.body}</p>
      <p className="govuk-body">{texts.help}</p>
      {onRetry && (
        <button type="button" className="govuk-button" onClick={onRetry}>
          {texts.tryAgain}
        </button>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={homeHref}>
          {texts.homeLink}
        </a>
      </p>
    </main>
  )
}
