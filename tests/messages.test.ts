import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import en from '@/messages/en.json'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(id, value)
    else for (const [k, v] of flatten(value, id)) out.set(k, v)
  }
  return out
}

/** ICU arguments and rich-text tags a message uses: translations must keep the same ones. */
function placeholders(message: string): string[] {
  // An argument is a name directly closed by "}" or followed by ",": plural branches are not.
  const args = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => `{${m[1]}}`)
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`)
  return [...new Set([...args, ...tags])].sort()
}

const english = flatten(en as Tree)

describe.each(localeCodes.filter((code) => code !== 'en'))('messages/%s.json', (code) => {
  it('has every key that en.json has, and no others', async () => {
    const other = flatten((await import(`@/messages/${code}.json`)).default as Tree)
    expect([...english.keys()].filter((key) => !other.has(key))).toEqual([])
    expect([...other.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it('keeps the same placeholders and tags as English in every message', async () => {
    const other = flatten((await import(`@/messages/${code}.json`)).default as Tree)
    const mismatched = [...english].filter(
      ([key, value]) =>
        other.has(key) && placeholders(value).join() !== placeholders(other.get(key)!).join(),
    )
    expect(mismatched.map(([key]) => key)).toEqual([])
  })

  it('translates, rather than copies, most messages', async () => {
    const other = flatten((await import(`@/messages/${code}.json`)).default as Tree)
    const copied = [...english].filter(
      ([key, value]) => other.get(key) === value && value.length > 20,
    )
    expect(copied.length / english.size).toBeLessThan(0.1)
  })
})

describe('a locale missing a key', () => {
  it('is caught by the same comparison', () => {
    const partial = flatten({ Layout: { skipLink: 'x' } })
    expect([...english.keys()].some((key) => !partial.has(key))).toBe(true)
  })
})
