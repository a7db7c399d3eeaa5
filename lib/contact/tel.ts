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
