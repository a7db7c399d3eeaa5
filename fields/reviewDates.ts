import type { Field } from 'payload'

/** Content owners commit to checking each page: shown to readers and listed for editors. */
export const reviewDateFields: Field[] = [
  {
    name: 'lastReviewed',
    type: 'date',
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  },
  {
    name: 'nextReview',
    type: 'date',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly' },
      description: 'When this page must next be checked against the law and local arrangements.',
    },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
      const last = siblingData?.lastReviewed
      if (value && last && new Date(value as string) < new Date(last as string)) {
        return 'The next review must come after the last review.'
      }
      return true
    },
  },
]
