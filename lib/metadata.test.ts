import { describe, expect, it } from 'vitest'

import en from '@/messages/en.json'
import pl from '@/messages/pl.json'
import ur from '@/messages/ur.json'

import { namespaceMetadata, pageMetadata } from './metadata'

describe('pageMetadata', () => {
  it.each([
    ['en', false, 'Deadline calculator'],
    ['en', true, 'Error: Deadline calculator'],
    ['pl', true, 'Błąd: Deadline calculator'],
    ['ur', true, 'خرابی: Deadline calculator'],
  ] as const)('in %s with hasError=%s the title is "%s"', async (locale, hasError, title) => {
    const meta = await pageMetadata({
      locale,
      path: 'deadline-calculator',
      title: 'Deadline calculator',
      hasError,
    })
    expect(meta.title).toBe(title)
    expect(meta.openGraph?.title).toBe(title)
  })

  it('gives the canonical address in the language and every alternate', async () => {
    const meta = await pageMetadata({ locale: 'pl', path: 'glossary', title: 'Słowniczek' })
    expect(String(meta.alternates?.canonical)).toMatch(/\/pl\/glossary$/)
    expect(Object.keys(meta.alternates?.languages ?? {})).toEqual(
      expect.arrayContaining(['en', 'pl', 'ur', 'x-default']),
    )
  })
})

describe('namespaceMetadata', () => {
  it.each([
    ['en', 'Glossary', false, 'Words we use'],
    ['pl', 'Glossary', false, pl.Glossary.title],
    ['ur', 'DeadlineCalculator', false, ur.DeadlineCalculator.title],
    ['en', 'DeadlineCalculator', true, 'Error: Work out your deadlines'],
  ] as const)(
    'in %s, %s (error: %s) is titled "%s"',
    async (locale, namespace, hasError, title) => {
      const meta = await namespaceMetadata({ locale, path: 'x', namespace, hasError })
      expect(meta.title).toBe(title)
      expect(meta.description).toBe({ en, pl, ur }[locale][namespace].description)
    },
  )
})
