import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { errorPageTextsSource } from '../scripts/generate-error-page-texts.mjs'

import { errorPageTexts } from './errorPageTexts.generated'
import { localeCodes } from './locales'

describe('i18n/errorPageTexts.generated.ts', () => {
  it('matches messages/*.json (run node scripts/generate-error-page-texts.mjs)', () => {
    const file = readFileSync(path.join(import.meta.dirname, 'errorPageTexts.generated.ts'), 'utf8')
    expect(file).toBe(errorPageTextsSource())
  })

  it('has every locale', () => {
    expect(Object.keys(errorPageTexts).sort()).toEqual([...localeCodes].sort())
  })
})
