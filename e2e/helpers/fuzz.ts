/**
 * Deterministic hostile-input generator for e2e/fuzz.spec.ts. A seeded PRNG (mulberry32) picks
 * from a fixed list of nasty strings, so every run sends exactly the same requests and a failure
 * can be replayed from its printed input.
 */

/** mulberry32: a tiny, well-distributed 32-bit PRNG; the same seed always gives the same stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A marker no page ever contains: if it comes back unescaped in HTML, the input was reflected. */
export const MARKER = 'fz7q'

/** Strings that have broken web apps before: markup, encodings, injections, limits, Unicode. */
export const HOSTILE = [
  `<${MARKER} onmouseover=alert(1)>`,
  `"><${MARKER}>`,
  `'><script>${MARKER}()</script>`,
  `javascript:${MARKER}`,
  '%',
  '%%',
  '%E0%A4%A',
  '%C0%AF',
  '%ff%fe',
  '%00',
  '\u0000',
  '\u202eevil\u202c',
  '\u2066x\u2069',
  '\r\nSet-Cookie: fuzz=1',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  "' OR 1=1 --",
  '" OR ""="',
  '1; DROP TABLE pages',
  '{{7*7}}',
  '${7*7}',
  '__proto__',
  'constructor',
  '[object Object]',
  '-1',
  '0',
  '1e309',
  'NaN',
  '9999999999999999999999',
  '2025-02-30',
  '0000-00-00',
  '12/13/2025',
  'Ω≈ç√∫',
  '👨‍👩‍👧‍👦',
  'ثثث',
  'zażółć gęślą jaźń',
  '\t \n',
  ' ',
  '',
  'a'.repeat(3000),
  '//evil.example',
  '/\\evil.example',
  'https://evil.example/',
]

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]
}

/** A hostile value: one of the list, sometimes two glued together or percent-encoded. */
export function hostile(random: () => number): string {
  const one = pick(random, HOSTILE)
  const roll = random()
  if (roll < 0.15) return one + pick(random, HOSTILE)
  if (roll < 0.3) return encodeURIComponent(one)
  return one
}

/** Encodes a query value the way a careless client might: mostly properly, sometimes raw. */
export function queryValue(random: () => number, value: string): string {
  if (random() < 0.25 && !/[#&\s]/.test(value)) return value
  return encodeURIComponent(value)
}
