/**
 * The staff password policy, following NCSC password guidance and NIST SP 800-63B §3.1.1.2
 * ("Password Verifiers"): length over complexity, and no password that is known to be common or
 * that repeats the account's own identifier. No composition rules, no expiry, paste allowed.
 */
export const PASSWORD_MIN_LENGTH = 12

/** Words that make up most leaked long passwords; a password built only from them is common. */
const COMMON_PARTS = [
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'asdf',
  'zxcv',
  'zxcvbn',
  'zxcvbnm',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'administrator',
  'login',
  'changeme',
  'secret',
  'football',
  'baseball',
  'sunshine',
  'monkey',
  'dragon',
  'master',
  'shadow',
  'superman',
  'princess',
  'trustno1',
  'abc',
  'abcdef',
  'council',
  'portal',
  'summer',
  'winter',
  'spring',
  'autumn',
  'london',
  'liverpool',
  'chelsea',
  'arsenal',
  'default',
  'user',
  'test',
  'hello',
  'freedom',
  'whatever',
  'starwars',
  'pokemon',
  'computer',
  'internet',
]

/** Long passwords that are common as a whole (after lower-casing). */
const COMMON_WHOLE = new Set([
  'correcthorsebatterystaple',
  'iloveyouforever',
  'thequickbrownfox',
  'qazwsxedcrfv',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'q1w2e3r4t5y6',
  'zaq12wsxcde3',
  'qweasdzxc123',
])

const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'abcdefghijklmnopqrstuvwxyz',
]

/** True when the text is one run along a keyboard row or the alphabet, either way, or one repeated character. */
function isSequence(text: string): boolean {
  if (new Set(text).size <= 2) return true
  return KEYBOARD_ROWS.some((row) => {
    const twice = row + row
    return twice.includes(text) || [...twice].reverse().join('').includes(text)
  })
}

/** True when `text` is made only of common parts and digits (`Password2024!`, `welcome123admin`). */
function isCommonParts(text: string): boolean {
  const letters = text.replace(/[^a-z@0-9]/g, '')
  if (COMMON_WHOLE.has(letters)) return true
  const stripped = letters.replace(/\d+$/, '').replace(/^\d+/, '')
  if (!stripped) return true
  // Can `stripped` be split entirely into common parts (digits allowed between them)?
  const reachable = new Array<boolean>(stripped.length + 1).fill(false)
  reachable[0] = true
  for (let i = 0; i < stripped.length; i++) {
    if (!reachable[i]) continue
    if (/\d/.test(stripped[i]!)) reachable[i + 1] = true
    for (const part of COMMON_PARTS) {
      if (stripped.startsWith(part, i)) reachable[i + part.length] = true
    }
  }
  return reachable[stripped.length]!
}

export type PasswordProblem = 'tooShort' | 'containsEmail' | 'common'

/**
 * Checks a new staff password. `password` as typed (never trimmed: spaces count); `email` the
 * account's address, if known. Returns the first problem, or null when the password is allowed.
 * Length is counted in Unicode code points, so "żółć" counts 4.
 */
export function passwordProblem(password: string, email?: string | null): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort'
  const lower = password.toLowerCase()
  const address = email?.trim().toLowerCase()
  if (address) {
    const local = address.split('@')[0] ?? ''
    if (
      lower.includes(address) ||
      (local.length >= 4 &&
        lower.replace(/[^a-z0-9]/g, '').includes(local.replace(/[^a-z0-9]/g, '')))
    ) {
      return 'containsEmail'
    }
  }
  const compact = lower.replace(/[\s\-_.!?#$%^&*+=~]/g, '')
  if (isSequence(compact) || isCommonParts(compact)) return 'common'
  return null
}

/** The message staff see in the admin (the admin is in English). */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a long password that is easy to remember.`,
  containsEmail: 'Your password must not contain your email address or the name before the @.',
  common: 'This password is too common and easy to guess. Try a few unrelated words instead.',
}
