import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { buildScope, cachedRead } from './read'

// Next.js's data cache, watched: what each read asks of it.
const asked = vi.hoisted(() => [] as { keyParts: string[]; tags: string[] }[])
vi.mock('next/cache', () => ({
  unstable_cache:
    (read: () => Promise<unknown>, keyParts: string[], { tags }: { tags: string[] }) =>
    () => {
      asked.push({ keyParts, tags })
      return read()
    },
}))

describe('cachedRead', () => {
  it.each<[string, unknown[], { keyParts: string[]; tags: string[] }]>([
    ['no arguments', [], { keyParts: ['things', '[]'], tags: ['thing-undefined'] }],
    ['an id', [4], { keyParts: ['things', '[4]'], tags: ['thing-4'] }],
    ['an id and a locale', [4, 'pl'], { keyParts: ['things', '[4,"pl"]'], tags: ['thing-4'] }],
  ])('%s: read through the data cache under its name, arguments and tags', async (_, args, key) => {
    asked.length = 0
    const read = cachedRead(
      'things',
      (id?: number, _locale?: string) => [`thing-${id}`],
      async (id?: number, locale?: string) => `thing ${id} ${locale}`,
    )
    expect(await read(...(args as [number, string]))).toBe(`thing ${args[0]} ${args[1]}`)
    expect(asked).toEqual([key])
  })

  it('has no switch on the production path: a store left on globalThis is not consulted', async () => {
    asked.length = 0
    const hook = Symbol.for('portal.cache.readStore')
    Object.assign(globalThis, { [hook]: { read: async () => 'from a test hook' } })
    try {
      const read = cachedRead('plain', ['plain'], async () => 'from the database')
      expect(await read()).toBe('from the database')
      expect(asked).toEqual([{ keyParts: ['plain', '[]'], tags: ['plain'] }])
    } finally {
      delete (globalThis as Record<symbol, unknown>)[hook]
    }
  })
})

describe('buildScope: each build reads only what it cached', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'build-scope-'))
  for (const [dir, id] of [
    ['.next', 'build-a'],
    ['.next-b', 'build-b\n'],
  ] as const) {
    mkdirSync(path.join(project, dir))
    writeFileSync(path.join(project, dir, 'BUILD_ID'), id)
  }
  it.each<[string, string | undefined, Record<string, string>, string]>([
    ['inside Next.js, the default build folder', 'nodejs', {}, 'build-a'],
    ['another build folder (NEXT_DIST_DIR)', 'nodejs', { NEXT_DIST_DIR: '.next-b' }, 'build-b'],
    ['a folder with no build', 'nodejs', { NEXT_DIST_DIR: '.none' }, ''],
    ['outside Next.js (tests, scripts)', undefined, { NEXT_DIST_DIR: '.next-b' }, ''],
  ])('%s', (_, runtime, env, expected) => {
    expect(buildScope(env as NodeJS.ProcessEnv, project, runtime)).toBe(expected)
  })
})
