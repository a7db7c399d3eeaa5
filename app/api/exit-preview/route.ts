import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { sameSitePath } from '@/lib/api/sameSitePath'

/** Leaves draft preview and returns to `path`, but only ever to a path on this site. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  redirect(sameSitePath(request.nextUrl.searchParams.get('path')))
}
