import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload'

/** Staff-only draft preview: checks the admin login cookie, then shows the page with drafts. */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? ''
  // Only same-site paths under a locale: never an open redirect.
  if (!/^\/[a-z]{2,3}(\/[a-z0-9-]+)*$/.test(path)) {
    return new Response('Invalid preview path', { status: 400 })
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!hasRole(user, ...CONTENT_ROLES)) {
    return new Response('You need to sign in to the admin to preview drafts', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
