/**
 * Invisible characters that have no place in a name, a message or a search: C0 and C1 control
 * characters (except tab and line breaks, which `multiline` keeps), DEL, the byte-order mark,
 * line/paragraph separators, and the Unicode bidirectional controls (LRM, RLM, ALM, the
 * embeddings and overrides U+202A-U+202E and the isolates U+2066-U+2069). An override pasted
 * into a name can make "Sam" display as "maS" in the admin, or hide text inside a message.
 *
 * Zero-width joiner and non-joiner (U+200C, U+200D) stay: Urdu spelling needs them.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g
const INVISIBLE_AND_BREAKS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g

/**
 * Removes the invisible characters above. We strip rather than refuse: the reader cannot see
 * them to fix them (they usually arrive by pasting from a phone or a document), and what is left
 * is exactly what they can see on screen.
 *
 * @param value text as typed
 * @param options.multiline keep tab, CR and LF (for a message); otherwise they become spaces
 * @returns the text without invisible characters (not trimmed)
 */
export function stripInvisible(value: string, options: { multiline?: boolean } = {}): string {
  if (options.multiline) return value.replace(INVISIBLE, '')
  return value.replace(/[\t\n\r]/g, ' ').replace(INVISIBLE_AND_BREAKS, '')
}
