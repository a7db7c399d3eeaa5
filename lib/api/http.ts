import { NextResponse } from 'next/server'

// The answers are pure functions of the query (and rarely edited CMS text), so any cache may keep
// them for an hour; other councils' sites and apps may call the API from the browser.
export const PUBLIC_API_HEADERS = {
  'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
  'Access-Control-Allow-Origin': '*',
} as const

export function apiJson(status: number, body: unknown, lang?: string): NextResponse {
  const headers: Record<string, string> = { ...PUBLIC_API_HEADERS }
  if (lang) headers['Content-Language'] = lang
  return NextResponse.json(body, { status, headers })
}
