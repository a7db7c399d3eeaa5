import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from './slugify'

describe('slugify', () => {
  it.each([
    ['Mediation and the mediation certificate', 'mediation-and-the-mediation-certificate'],
    ['SEND Tribunal appeals', 'send-tribunal-appeals'],
    ['  What to do if...  ', 'what-to-do-if'],
    ["Parents' rights", 'parents-rights'],
    ['Ścieżka odwołania do Trybunału', 'sciezka-odwolania-do-trybunalu'],
    ['Łódź: żółć', 'lodz-zolc'],
    ['Appeals 2026 / changes', 'appeals-2026-changes'],
    ['already-a-slug', 'already-a-slug'],
    ['Two  spaces -- and hyphens', 'two-spaces-and-hyphens'],
    ['ثالثی اور ثالثی سرٹیفکیٹ', ''],
    ['', ''],
    [
      'A very long title that goes on and on about disagreements and mediation and appeals',
      'a-very-long-title-that-goes-on-and-on-about-disagreements',
    ],
    ['x'.repeat(70), 'x'.repeat(60)],
  ])('%j -> %j', (title, slug) => {
    const result = slugify(title)
    expect(result).toBe(slug)
    if (result) expect(isSlug(result)).toBe(true)
    expect(result.length).toBeLessThanOrEqual(60)
  })
})
