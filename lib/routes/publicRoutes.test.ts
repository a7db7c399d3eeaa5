import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  classifyPath,
  isCachedPagePath,
  NOT_FOUND_PAGE_PATH,
  STATIC_PAGE_PATHS,
} from './publicRoutes'

describe('classifyPath', () => {
  it.each([
    ['', 'static'],
    ['deadline-calculator', 'static'],
    ['route-finder/age', 'static'],
    ['providers', 'static'],
    ['page-not-found', 'not-found-page'],
    ['providers/kent-sendiass', 'provider'],
    ['providers/a/b', 'unknown'],
    ['providers/', 'unknown'],
    ['glossary/extra', 'unknown'],
    ['route-finder/nope', 'unknown'],
    ['search/x', 'unknown'],
    ['letters', 'static'],
    ['letters/missed-time-limit', 'static'],
    ['letters/missed-time-limit/your-letter', 'static'],
    ['letters/a/b/c', 'unknown'],
    ['letters/Bad_Id', 'unknown'],
    ['resolving-a-disagreement', 'guide'],
    ['resolving-a-disagreement/mediation', 'guide'],
    ['no-such-page', 'guide'],
    ['a//b', 'guide'],
  ])('%j -> %s', (input, kind) => {
    expect(classifyPath(input).kind).toBe(kind)
  })

  it('keeps the slug of a provider and the path of a guide', () => {
    expect(classifyPath('providers/x-y')).toEqual({ kind: 'provider', slug: 'x-y' })
    expect(classifyPath('a/b')).toEqual({ kind: 'guide', path: 'a/b' })
  })
})

describe('isCachedPagePath: the page-cache copies only proxy.ts may reach', () => {
  it.each<[string, boolean]>([
    ['providers/list/k-mediation', true],
    ['providers/list/c-E99999997', true],
    ['providers/list/', true],
    ['search/results/form', true],
    ['search/results/q-7a7a7176', true],
    ['providers', false],
    ['providers/sefton-sendiass', false],
    ['providers/listing', false],
    ['search', false],
    ['search/resultsx', false],
    ['resolving-a-disagreement/search/results/x', false],
  ])('%s -> %s', (path, expected) => {
    expect(isCachedPagePath(path)).toBe(expected)
  })
})

describe('STATIC_PAGE_PATHS', () => {
  it('names every page file under app/(frontend)/[locale] without a dynamic segment', () => {
    const root = path.join(process.cwd(), 'app', '(frontend)', '[locale]')
    const found: string[] = []
    const walk = (dir: string, parts: string[]) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name), [...parts, entry.name])
        else if (entry.name === 'page.tsx' && !parts.some((p) => p.startsWith('['))) {
          found.push(parts.filter((p) => !p.startsWith('(')).join('/'))
        }
      }
    }
    walk(root, [])
    const expected = [...STATIC_PAGE_PATHS, NOT_FOUND_PAGE_PATH].sort()
    expect(found.sort()).toEqual(expected)
  })
})
