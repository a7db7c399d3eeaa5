import { describe, expect, it } from 'vitest'

import { PASSWORD_MESSAGES, passwordProblem } from './passwordPolicy'

describe('passwordProblem (NCSC guidance, NIST SP 800-63B §3.1.1.2)', () => {
  it.each([
    // [password, email, problem]
    ['short', 'sam@example.org', 'tooShort'],
    ['elevenchars', null, 'tooShort'],
    ['żółć-żółć-ż', null, 'tooShort'], // 11 code points
    ['plum kettle orbit', 'sam@example.org', null],
    ['żółć jabłko rower', null, null],
    ['e2e-long-password-123', 'e2e-admin@example.org', null],
    ['sam.jones@example.org!', 'sam.jones@example.org', 'containsEmail'],
    ['Sam.Jones-2026-x', 'sam.jones@council.gov.uk', 'containsEmail'],
    ['SAMJONES1234', 'sam.jones@council.gov.uk', 'containsEmail'],
    ['abc-plum-kettle', 'abc@example.org', null], // a local part under 4 letters is not checked
    ['Password2024!', null, 'common'],
    ['passwordpassword', null, 'common'],
    ['P@ssw0rd123456', null, 'common'],
    ['welcome123admin', null, 'common'],
    ['Liverpool2026!!', null, 'common'],
    ['123456789012', null, 'common'],
    ['qwertyuiopasdf', null, 'common'],
    ['0987654321098', null, 'common'],
    ['aaaaaaaaaaaaaa', null, 'common'],
    ['abababababab', null, 'common'],
    ['correct-horse-battery-staple', null, 'common'],
    ['1qaz2wsx3edc', null, 'common'],
    ['councilportal2026', null, 'common'],
    ['kettle-password-orbit', null, null], // a common word among others is fine
    ['   plum   kettle   ', null, null], // spaces count, never trimmed
  ])('%j (email %j) -> %j', (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem)
  })

  it('has a message for every problem', () => {
    for (const problem of ['tooShort', 'containsEmail', 'common'] as const) {
      expect(PASSWORD_MESSAGES[problem]).toMatch(/\w/)
    }
  })
})
