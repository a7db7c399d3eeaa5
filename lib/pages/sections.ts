/** The slice of a page the home page, the header and breadcrumbs need. */
export type PageNode = {
  id: number | string
  parentId: number | string | null
  order?: number | null
  path?: string | null
}

const byOrder = <T extends PageNode>(a: T, b: T) => (a.order ?? 100) - (b.order ?? 100)

/**
 * What the home page lists: the guides section (the first top-level page, in menu order, that
 * has pages under it) and, as guides, its children followed by every other top-level page.
 *
 * Before, the section was simply the first top-level page: a new top-level page with "Order 0"
 * (or any order below the section's) took its place, and the home page listed that page's
 * children, none, so every guide vanished. A top-level page without children is a guide of its
 * own; it can never stand in for the section.
 *
 * @param pages published pages in any order
 * @returns the section (null when no top-level page has children) and the guides, in menu order
 */
export function homeSections<T extends PageNode>(pages: T[]): { overview: T | null; guides: T[] } {
  const topLevel = pages.filter((page) => page.parentId === null).sort(byOrder)
  const hasChildren = (page: T) => pages.some((child) => child.parentId === page.id)
  const overview = topLevel.find(hasChildren) ?? null
  if (!overview) return { overview: null, guides: topLevel }
  const children = pages.filter((page) => page.parentId === overview.id).sort(byOrder)
  return { overview, guides: [...children, ...topLevel.filter((page) => page !== overview)] }
}
