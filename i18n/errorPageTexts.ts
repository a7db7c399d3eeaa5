import type { ErrorPageTexts } from '@/components/ErrorPage'
import en from '@/messages/en.json'
import pl from '@/messages/pl.json'
import ur from '@/messages/ur.json'

import type { Locale } from './locales'

/**
 * The problem page's texts in every language, for app/global-error.tsx: when the layout itself
 * has failed, no server-rendered text can reach the browser, so these few strings travel in the
 * error page's own bundle. (Named property reads let the bundler leave the rest of each file.)
 */
export const errorPageTexts: Record<Locale, ErrorPageTexts> = {
  en: en.ErrorPage,
  pl: pl.ErrorPage,
  ur: ur.ErrorPage,
}
