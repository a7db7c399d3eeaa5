import type { TextField } from 'payload'

import { SLUG_PATTERN } from '@/lib/pages/slugify'

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return 'Use lower-case letters, numbers and single hyphens only, for example "mediation".'
  }
  return true
}

/** A URL segment shared by every locale, so each language version has the same path. */
export const slugField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    required: true,
    index: true,
    validate: validateSlug,
    admin: { position: 'sidebar', description: 'The last part of the web address.' },
    ...overrides,
  }) as TextField
