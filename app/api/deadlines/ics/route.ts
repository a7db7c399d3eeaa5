import type { NextRequest } from 'next/server'

import { deadlinesIcs } from '@/lib/deadlines/icsFile'
import { apiJson, corsPreflight, PUBLIC_API_HEADERS } from '@/lib/api/http'
import { getCalendar } from '@/lib/deadlines/calendarQuery'

/** GET /api/deadlines/ics?decision=...: the same deadlines as an .ics calendar download. */
export async function GET(request: NextRequest) {
  const result = await deadlinesIcs(request.nextUrl.searchParams, await getCalendar())
  if (result.status === 400) return apiJson(400, result.body, result.locale)
  return new Response(result.ics, {
    headers: {
      ...PUBLIC_API_HEADERS,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="send-deadlines.ics"',
      'Content-Language': result.locale,
    },
  })
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
