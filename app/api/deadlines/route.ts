import type { NextRequest } from 'next/server'

import { deadlinesResponse } from '@/lib/deadlines/api'
import { apiJson, corsPreflight } from '@/lib/api/http'
import { getCalendar } from '@/lib/deadlines/calendarQuery'

/** GET /api/deadlines?decision=YYYY-MM-DD&certificate=...&locale=pl (see issue 4). */
export async function GET(request: NextRequest) {
  const calendar = await getCalendar()
  const { status, body, locale } = await deadlinesResponse(request.nextUrl.searchParams, calendar)
  return apiJson(status, body, locale)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
