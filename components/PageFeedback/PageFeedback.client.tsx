'use client'

import { usePathname } from 'next/navigation'
import { useActionState } from 'react'

import { sendPageFeedback } from '@/lib/feedback/action'
import { ErrorSummary, Textarea } from '@/components/govuk'
import {
  FEEDBACK_HONEYPOT_FIELD,
  initialFeedbackState,
  PROBLEM_MAX_LENGTH,
  type FeedbackErrorCode,
} from '@/lib/feedback/formState'

export type PageFeedbackLabels = {
  heading: string
  question: string
  yes: string
  no: string
  yesHidden: string
  noHidden: string
  report: string
  problemLabel: string
  problemHint: string
  send: string
  thanks: string
  askDetails: string
  sent: string
  honeypot: string
  errorSummaryTitle: string
  errorPrefix: string
  errors: Record<FeedbackErrorCode | 'rateLimited' | 'failed', string>
}

const PROBLEM_ID = 'page-feedback-problem'

/**
 * "Is this page useful?" and "Report a problem with this page" at the foot of every page. Both
 * forms post to a server action, so they work without JavaScript; the details element opens the
 * problem form without it too. Nothing asks who the reader is.
 */
export function PageFeedbackClient({ labels }: { labels: PageFeedbackLabels }) {
  const [state, formAction, pending] = useActionState(sendPageFeedback, initialFeedbackState)
  const page = usePathname()
  // The page the answer is about, and the honeypot (styled like the call-back form's).
  const hidden = (form: string) => (
    <>
      <input type="hidden" name="page" value={page} />
      <div className="app-callback-trap" aria-hidden="true">
        <label htmlFor={`page-feedback-${form}-trap`}>{labels.honeypot}</label>
        <input
          id={`page-feedback-${form}-trap`}
          name={FEEDBACK_HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
    </>
  )

  if (state.status === 'thanks' || state.status === 'sent') {
    return (
      <p className="govuk-body govuk-!-margin-bottom-0" role="status" tabIndex={-1} autoFocus>
        {state.status === 'thanks' ? labels.thanks : labels.sent}
      </p>
    )
  }

  const fieldError = state.status === 'invalid' && state.error ? labels.errors[state.error] : null
  const formError =
    state.status === 'rateLimited' || state.status === 'failed' ? labels.errors[state.status] : null
  const showProblem = state.status !== 'idle'
  const problemForm = (
    <form action={formAction} noValidate>
      {hidden('problem')}
      <input type="hidden" name="kind" value="problem" />
      <Textarea
        id={PROBLEM_ID}
        name="problem"
        rows={4}
        label={{ text: labels.problemLabel, classes: 'govuk-label--s' }}
        hint={{ text: labels.problemHint }}
        errorMessage={
          fieldError ? { text: fieldError, visuallyHiddenText: labels.errorPrefix } : undefined
        }
        value={state.problem}
        attributes={{ maxLength: PROBLEM_MAX_LENGTH * 2 }}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        {labels.send}
      </button>
    </form>
  )

  return (
    <>
      <ErrorSummary
        title={labels.errorSummaryTitle}
        items={
          fieldError || formError
            ? [{ href: `#${PROBLEM_ID}`, text: (fieldError ?? formError) as string }]
            : []
        }
      />
      {state.status === 'askDetails' && (
        <p className="govuk-body" role="status">
          {labels.askDetails}
        </p>
      )}
      {state.status === 'idle' && (
        <form action={formAction} className="app-page-feedback__question">
          {hidden('useful')}
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="page-feedback-question">
            {labels.question}
          </h2>
          <div className="govuk-button-group">
            <button
              type="submit"
              name="kind"
              value="useful"
              className="govuk-button govuk-button--secondary"
              disabled={pending}
            >
              {labels.yes}
              <span className="govuk-visually-hidden"> {labels.yesHidden}</span>
            </button>
            <button
              type="submit"
              name="kind"
              value="notUseful"
              className="govuk-button govuk-button--secondary"
              disabled={pending}
            >
              {labels.no}
              <span className="govuk-visually-hidden"> {labels.noHidden}</span>
            </button>
          </div>
        </form>
      )}
      {showProblem ? (
        problemForm
      ) : (
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{labels.report}</span>
          </summary>
          <div className="govuk-details__text">{problemForm}</div>
        </details>
      )}
    </>
  )
}
