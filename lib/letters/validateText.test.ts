import { expect, it } from 'vitest'

import { validateLetterText } from './validateText'

// What an editor sees on save (collections/LetterTemplates.ts).
it.each<[string, unknown, unknown, true | RegExp]>([
  ['a good body', 'About {{childName}}: {{provision}}', 'deliver-section-f', true],
  [
    'another letter’s placeholder',
    '{{issues}}',
    'deliver-section-f',
    /^Unknown placeholder: \{\{issues\}\}\. This letter can use: \{\{yourName\}\}.*\{\{provision\}\}\.$/,
  ],
  [
    'two unknown',
    '{{school}} {{class}}',
    'early-review',
    /^Unknown placeholders: \{\{school\}\}, \{\{class\}\}\./,
  ],
  [
    'a condition of this letter',
    '{{#if twentyWeeks}}20{{else}}6{{/if}}',
    'missed-time-limit',
    true,
  ],
  [
    'a condition of another letter',
    '{{#if twentyWeeks}}20{{/if}}',
    'early-review',
    /Unknown condition: \{\{twentyWeeks\}\}/,
  ],
  [
    'an unclosed condition',
    '{{#if wantsMediation}}',
    'mediation-certificate',
    /has no \{\{\/if\}\}/,
  ],
  ['empty', '  ', 'early-review', /required/],
  ['not text', 42, 'early-review', /required/],
  ['no letter chosen yet', '{{anything}}', undefined, true],
])('%s', (_name, value, letterId, expected) => {
  const result = validateLetterText(value, letterId)
  if (expected === true) expect(result).toBe(true)
  else expect(result).toMatch(expected)
})
