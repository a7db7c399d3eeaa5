import { describe, expect, it } from 'vitest'

import { pageMetadata } from './metadata'

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
