/**
 * The `tel:` link for a phone number as staff typed it ("0151 934 3628", "+44 (0)151 934 3628",
 * "0300 123 4567 ext. 12"). The visible text keeps the staff's spacing; the link needs a number a
 * phone can dial (RFC 3966): the digits, a leading + for an international number (the "(0)"
 * trunk prefix dropped after it), and ";ext=" for an extension. Returns null when the text holds
 * no number at all (so callers show the text without a link rather than a broken one).
 */
export function telHref(number: string): string | null {
  const [main, extension] = number.split(/\s*(?:ext\.?|extension|x)\s*(?=\d)/i)
  const international = /^\s*(\+|00)/.test(main)
  const withoutTrunk = international ? main.replace(/\(0\)/g, '') : main
  let digits = withoutTrunk.replace(/\D/g, '')
  if (international && digits.startsWith('00')) digits = digits.slice(2)
  if (digits.length < 3) return null
  const ext = extension?.replace(/\D/g, '')
  return `tel:${international ? '+' : ''}${digits}${ext ? `;ext=${ext}` : ''}`
}

/** The `mailto:` link for an e-mail address (trimmed); null when there is no address. */
export function mailtoHref(email: string | null | undefined): string | null {
  const address = email?.trim()
  return address ? `mailto:${address}` : null
}

/** The admin's message for a phone number telHref cannot make a link of. */
export const PHONE_NOT_DIALLABLE =
  'Enter a number a phone can dial, for example 0151 934 3628 (start an international number with + or 00, and put "ext." before an extension). Leave it empty if the team has no number for now.'

// What a typed number may hold: digits, spaces, brackets, dots and dashes, a leading +, and an
// extension after "ext", "extension" or "x". Words ("Room 101", "TBC 0151") are not a number.
const PHONE_TEXT = /^\s*\+?[\d\s().-]+(?:(?:ext\.?|extension|x)\s*\d{1,6})?\s*$/i

/**
 * Whether `number` (as staff typed it) is a number a phone can dial: true for a UK number of 10
 * or 11 digits starting with 0 (Ofcom's National Telephone Numbering Plan), an international
 * number after + or 00 of 7 to 15 digits (ITU-T E.164), a Relay UK textphone number (18001 or
 * 18002 before a UK number), or a short code of 3 to 6 digits not starting with 0 (999, 111,
 * 116 123); false otherwise. Never throws.
 */
export function isDiallable(number: string): boolean {
  if (!PHONE_TEXT.test(number)) return false
  const href = telHref(number)
  if (!href) return false
  const digits = href.replace(/^tel:\+?/, '').replace(/;ext=\d*$/, '')
  if (href.startsWith('tel:+')) return digits.length >= 7 && digits.length <= 15
  if (/^1800[12]0\d{9,10}$/.test(digits)) return true
  if (digits.startsWith('0')) return digits.length === 10 || digits.length === 11
  return digits.length >= 3 && digits.length <= 6
}

/**
 * Payload `validate` for a phone number families are shown: true when it is empty (the admin
 * warns instead, see components/admin/SenTeamPhoneWarning.tsx) or isDiallable (so telHref makes
 * a working `tel:` link of it); otherwise PHONE_NOT_DIALLABLE, so a number is never shown
 * without a way to call it.
 */
export function validatePhone(value: unknown): true | string {
  if (value === null || value === undefined) return true
  if (typeof value !== 'string') return PHONE_NOT_DIALLABLE
  if (value.trim() === '') return true
  return isDiallable(value) ? true : PHONE_NOT_DIALLABLE
}
