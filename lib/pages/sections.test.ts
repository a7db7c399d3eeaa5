import { describe, expect, it } from 'vitest'

import { homeSections, type PageNode } from './sections'

const page = (id: number, parentId: number | null, order: number | null): PageNode => ({
  id,
  parentId,
  order,
})
const ids = (nodes: PageNode[]) => nodes.map((node) => node.id)

describe('homeSections', () => {
  it.each<[string, PageNode[], number | null, number[]]>([
    ['the section and its guides', [page(1, null, 1), page(2, 1, 2), page(3, 1, 3)], 1, [2, 3]],
    [
      'a top-level page with order 0 does not replace the section',
      [page(1, null, 1), page(2, 1, 2), page(3, 1, 3), page(9, null, 0)],
      1,
      [2, 3, 9],
    ],
    ['order 0 on the section itself', [page(1, null, 0), page(2, 1, 2), page(3, 1, 1)], 1, [3, 2]],
    [
      'a missing order sorts as 100',
      [page(1, null, 1), page(2, 1, null), page(3, 1, 5)],
      1,
      [3, 2],
    ],
    ['no section: every top-level page', [page(4, null, 2), page(5, null, 1)], null, [5, 4]],
    ['no pages', [], null, []],
    [
      'two sections: the first in menu order, the other listed as a guide',
      [page(1, null, 5), page(2, 1, 1), page(6, null, 3), page(7, 6, 1)],
      6,
      [7, 1],
    ],
  ])('%s', (_, pages, overview, guides) => {
    const result = homeSections(pages)
    expect(result.overview?.id ?? null).toBe(overview)
    expect(ids(result.guides)).toEqual(guides)
  })
})
