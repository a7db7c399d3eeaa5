/**
 * UK phone numbers as people type them: spaces, dashes, dots and brackets are ignored, and an
 * international +44 or 0044 prefix (with or without "(0)") becomes the leading 0. Returns the
 * number as national digits, such as 07700900123, or null when it is not a UK number a team can
 * call back: landlines (01, 02), non-geographic (03), freephone (080), VoIP (05) and mobiles (07).
 * Premium rate (09), and numbers of the wrong length for their prefix, are refused.
 */
export function normaliseUkPhone(raw: string): string | null {
  const compact = raw
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-.()]/g, '')
  if (!/^(\+|00)?\d+$/.test(compact)) return null
  let national = compact
  if (national.startsWith('+44')) national = `0${national.slice(3)}`
  else if (national.startsWith('0044')) national = `0${national.slice(4)}`
  else if (national.startsWith('+') || national.startsWith('00')) return null
  return UK_PATTERNS.some((pattern) => pattern.test(national)) ? national : null
}

const UK_PATTERNS = [
  /^0[12]\d{8,9}$/, // geographic: most are 11 digits, a few areas have 10
  /^03\d{9}$/, // non-geographic, charged as a local call
  /^080\d{7,8}$/, // freephone
  /^05[5-6]\d{8}$/, // corporate and VoIP
  /^07\d{9}$/, // mobiles and personal numbers
]

/** 07700900123 -> 07700 900123; 02079460000 -> 020 7946 0000: easier for staff to read. */
export function formatUkPhone(national: string): string {
  if (/^02\d{9}$/.test(national))
    return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
  if (/^0[3589]\d{9}$/.test(national))
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  if (national.length === 11) return `${national.slice(0, 5)} ${national.slice(5)}`
  return national
}
