import { describe, expect, it } from 'vitest'

import { validateDeadlineInput } from './calculate'

describe('validateDeadlineInput: rejected', () => {
  it.each([
    ['impossible day', { decision: '2026-02-30' }, [['decision', 'invalid-date']]],
    ['not a leap year', { decision: '2026-02-29' }, [['decision', 'invalid-date']]],
    ['month 13', { decision: '2026-13-01' }, [['decision', 'invalid-date']]],
    ['a word', { decision: 'tomorrow' }, [['decision', 'invalid-date']]],
    ['empty string', { decision: '' }, [['decision', 'empty']]],
    ['only spaces', { decision: '   ' }, [['decision', 'empty']]],
    ['no leading zeros', { decision: '2026-2-3' }, [['decision', 'invalid-date']]],
    ['UK order', { decision: '03/02/2026' }, [['decision', 'invalid-date']]],
    ['nothing given', {}, [['decision', 'required']]],
    [
      'certificate before decision',
      { decision: '2026-03-10', certificate: '2026-03-09' },
      [['certificate', 'certificate-before-decision']],
    ],
    [
      'certificate without decision',
      { certificate: '2026-03-09' },
      [['certificate', 'requires-decision']],
    ],
    [
      'mediation ended before the council was told',
      { councilTold: '2026-03-10', mediationEnded: '2026-03-01' },
      [['mediationEnded', 'mediation-ended-before-council-told']],
    ],
    [
      'adviser told before the decision',
      { decision: '2026-03-10', adviserTold: '2026-03-01' },
      [['adviserTold', 'before-decision']],
    ],
    ['before 2000', { decision: '1999-12-31' }, [['decision', 'out-of-range']]],
    ['after 2100', { councilTold: '2101-01-01' }, [['councilTold', 'out-of-range']]],
    ['a typo of a year', { decision: '2206-03-02' }, [['decision', 'out-of-range']]],
    [
      'an unknown appeal subject',
      { decision: '2026-03-02', appealAbout: 'school' },
      [['appealAbout', 'invalid-appeal-about']],
    ],
    [
      'an appeal subject but no date',
      { appealAbout: 'placement-only' },
      [['decision', 'required']],
    ],
    [
      'several fields at once',
      { decision: 'soon', certificate: '', councilTold: '2026-02-31' },
      [
        ['decision', 'invalid-date'],
        ['certificate', 'empty'],
        ['councilTold', 'invalid-date'],
      ],
    ],
  ])('%s', (_why, raw, expected) => {
    const result = validateDeadlineInput(raw)
    expect(result).toEqual({
      ok: false,
      errors: expected.map(([field, code]) => ({ field, code })),
    })
  })
})

describe('validateDeadlineInput: accepted', () => {
  it('returns trimmed dates and ignores unknown and absent fields', () => {
    const result = validateDeadlineInput({
      decision: ' 2026-01-13 ',
      certificate: '2026-03-10',
      adviserTold: undefined,
      locale: 'cy',
    })
    expect(result).toEqual({
      ok: true,
      value: { decision: '2026-01-13', certificate: '2026-03-10' },
    })
  })

  it('accepts every field in a sensible order', () => {
    const raw = {
      decision: '2026-01-13',
      councilTold: '2026-01-20',
      mediationEnded: '2026-02-10',
      adviserTold: '2026-01-15',
      certificate: '2026-02-12',
    }
    expect(validateDeadlineInput(raw)).toEqual({ ok: true, value: raw })
  })

  it.each([
    ['2031-01-06', 'a decision in 2031 (holidays computed)'],
    ['2000-01-01', 'the first day accepted'],
    ['2100-12-31', 'the last day accepted; the appeal runs into 2101'],
  ])('accepts %s: %s', (decision) => {
    expect(validateDeadlineInput({ decision })).toEqual({ ok: true, value: { decision } })
  })

  it.each(['any', 'placement-only', ' placement-only '])('accepts appealAbout=%j', (about) => {
    expect(validateDeadlineInput({ decision: '2026-03-02', appealAbout: about })).toEqual({
      ok: true,
      value: { decision: '2026-03-02', appealAbout: about.trim() },
    })
  })

  it('accepts a certificate on the day of the decision and a leap day', () => {
    expect(validateDeadlineInput({ decision: '2028-02-29', certificate: '2028-02-29' }).ok).toBe(
      true,
    )
  })
})
