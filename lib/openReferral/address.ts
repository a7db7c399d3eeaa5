const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/i

export type StructuredAddress = { address_1: string; city: string; postal_code: string }

/**
 * Splits an address typed one part per line (street, town, postcode) into Open Referral's fields.
 * The last line must be a UK postcode and the one before it the town; anything it cannot read
 * confidently gives null, and the API then leaves the address out rather than guess.
 */
export function structuredAddress(text: string | null | undefined): StructuredAddress | null {
  const lines = (text ?? '')
    .split(/\r?\n|,/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length < 3) return null
  const postcode = POSTCODE.exec(lines.at(-1)!)
  if (!postcode) return null
  return {
    address_1: lines.slice(0, -2).join(', '),
    city: lines.at(-2)!,
    postal_code: `${postcode[1]!.toUpperCase()} ${postcode[2]!.toUpperCase()}`,
  }
}
