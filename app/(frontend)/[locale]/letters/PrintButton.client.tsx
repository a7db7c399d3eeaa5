'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * "Print the letter", shown only once JavaScript runs (window.print needs it); without
 * JavaScript the browser's own Print command gives the same page, as the print styles hide
 * everything but the letter.
 */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!hydrated) return null
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-no-print"
      onClick={() => window.print()}
    >
      {label}
    </button>
  )
}
