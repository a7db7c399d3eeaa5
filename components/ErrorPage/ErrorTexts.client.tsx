'use client'

import { createContext, useContext, type ReactNode } from 'react'

import type { ErrorPageTexts } from '.'

const ErrorTexts = createContext<ErrorPageTexts | null>(null)

/**
 * The layout hands the error page its few translated strings here, so the error boundary (a
 * client component) needs neither the translation runtime nor every message in the browser.
 */
export function ErrorTextsProvider({
  texts,
  children,
}: {
  texts: ErrorPageTexts
  children: ReactNode
}) {
  return <ErrorTexts.Provider value={texts}>{children}</ErrorTexts.Provider>
}

export function useErrorTexts(): ErrorPageTexts | null {
  return useContext(ErrorTexts)
}
