import { describe, expect, it } from 'vitest'

import { allowedPlaceholders, LETTER_IDS, LETTERS } from './definitions'
import { DEFAULT_LETTER_TEXTS } from './defaults'
import { checkTemplate, describeProblems, renderTemplate, TemplateError } from './template'

const allowed = { placeholders: ['childName', 'today'], flags: ['wantsMediation'] }

describe('checkTemplate', () => {
  it.each([
    ['plain text', 'Dear council, thank you.', []],
    ['known placeholders', 'About {{childName}} on {{ today }}.', []],
    ['a known condition', '{{#if wantsMediation}}yes{{else}}no{{/if}}', []],
    [
      'an unknown placeholder',
      'About {{childName}} at {{school}}.',
      [{ kind: 'unknown-placeholder', name: 'school' }],
    ],
    [
      'two unknown placeholders, each listed once',
      '{{school}} {{teacher}} {{school}}',
      [
        { kind: 'unknown-placeholder', name: 'school' },
        { kind: 'unknown-placeholder', name: 'teacher' },
      ],
    ],
    ['a misspelt case', '{{ChildName}}', [{ kind: 'unknown-placeholder', name: 'ChildName' }]],
    [
      'an unknown condition',
      '{{#if urgent}}x{{/if}}',
      [{ kind: 'unknown-condition', name: 'urgent' }],
    ],
    ['a malformed tag', 'Hi {{child name}}', [{ kind: 'malformed', text: '{{child name}}' }]],
    ['an empty tag', 'Hi {{}}', [{ kind: 'malformed', text: '{{}}' }]],
    ['a single-brace tag is just text', 'Hi {childName}', []],
    ['an opening without a close', 'Hi {{childName', [{ kind: 'stray-braces' }]],
    ['a close without an opening', 'Hi childName}}', [{ kind: 'stray-braces' }]],
    ['an unclosed if', '{{#if wantsMediation}}yes', [{ kind: 'unclosed-if' }]],
    ['an else alone', 'a{{else}}b', [{ kind: 'else-without-if' }]],
    [
      'two elses',
      '{{#if wantsMediation}}a{{else}}b{{else}}c{{/if}}',
      [{ kind: 'else-without-if' }],
    ],
    ['an end alone', 'a{{/if}}', [{ kind: 'end-without-if' }]],
    [
      'a nested if',
      '{{#if wantsMediation}}{{#if wantsMediation}}x{{/if}}{{/if}}',
      [{ kind: 'nested-if' }, { kind: 'end-without-if' }],
    ],
  ])('%s', (_name, template, problems) => {
    expect(checkTemplate(template, allowed)).toEqual(problems)
  })

  it('names each unknown placeholder and what the letter can use, for the CMS', () => {
    const problems = checkTemplate('{{school}} and {{teacher}}', allowed)
    expect(describeProblems(problems, allowed.placeholders)).toBe(
      'Unknown placeholders: {{school}}, {{teacher}}. This letter can use: {{childName}}, {{today}}.',
    )
    expect(describeProblems(checkTemplate('{{#if x}}', allowed), [])).toBe(
      'Unknown condition: {{x}}. An {{#if}} has no {{/if}}.',
    )
  })

  it.each(LETTER_IDS)('the seeded text of %s has no problem', (id) => {
    const text = DEFAULT_LETTER_TEXTS[id]
    const rules = { placeholders: allowedPlaceholders(id), flags: LETTERS[id].flags }
    expect(checkTemplate(text.body, rules)).toEqual([])
    expect(checkTemplate(text.subject, rules)).toEqual([])
    expect(text.legalBasis).toMatch(/(Act 2014|Regulations 2014), (s|reg)/)
  })
})

describe('renderTemplate', () => {
  const values = { childName: 'Sam', today: '1 December 2026' }
  it.each([
    ['{{childName}} on {{today}}', true, 'Sam on 1 December 2026'],
    ['A{{#if wantsMediation}} yes{{else}} no{{/if}}.', true, 'A yes.'],
    ['A{{#if wantsMediation}} yes{{else}} no{{/if}}.', false, 'A no.'],
    ['A{{#if wantsMediation}} only{{/if}}.', false, 'A.'],
    ['{{#if wantsMediation}}{{childName}}{{/if}} {{childName}}', false, ' Sam'],
  ])('%s (wantsMediation %s) gives %s', (template, flag, expected) => {
    expect(renderTemplate(template, values, { wantsMediation: flag })).toBe(expected)
  })

  it('throws rather than send a letter with a hole in it', () => {
    expect(() => renderTemplate('{{school}}', values, {})).toThrow(TemplateError)
  })

  it('never interprets an answer as a placeholder', () => {
    expect(renderTemplate('{{childName}}', { childName: '{{today}}' }, {})).toBe('{{today}}')
  })
})
