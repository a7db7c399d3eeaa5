import { withoutEmpty } from './compact'

export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 100

export type PageQuery = { page: number; perPage: number }
export type ParamError = { status: 400 | 404; error: string }

function positiveInteger(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback
  if (!/^\d{1,9}$/.test(raw)) return null
  const value = Number(raw)
  return value >= 1 ? value : null
}

/** page and per_page as Open Referral defines them; anything else is the caller's mistake. */
export function parsePageQuery(params: URLSearchParams): PageQuery | ParamError {
  const page = positiveInteger(params.get('page'), 1)
  if (page === null) return { status: 400, error: 'page must be a whole number from 1' }
  const perPage = positiveInteger(params.get('per_page'), DEFAULT_PER_PAGE)
  if (perPage === null || perPage > MAX_PER_PAGE) {
    return { status: 400, error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}` }
  }
  return { page, perPage }
}

/**
 * The Open Referral paginated envelope around one page of items; each item goes without its
 * null or empty optional fields (the envelope keeps `contents`, even when empty: it is required).
 */
export function paginate<T>(items: T[], { page, perPage }: PageQuery) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage).map(withoutEmpty)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/** Whether parsePageQuery's answer is its error (status 400 or 404 and a message). */
export const isParamError = (value: object): value is ParamError => 'error' in value
