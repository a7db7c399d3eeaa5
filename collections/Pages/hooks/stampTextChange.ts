import type { CollectionBeforeChangeHook } from 'payload'

import { changedTextFields } from '@/lib/translationStatus'

/**
 * Sets `translatedAt`, in the language being written, only when one of its text fields changes
 * (lib/translationStatus/textFields.ts). Translation status compares it with English's, so a
 * change of dates, order or status in English never marks the translations as older.
 */
export const stampTextChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.locale || req.locale === 'all') return data
  if (changedTextFields(originalDoc, data).length > 0) data.translatedAt = new Date().toISOString()
  return data
}
