import type { Payload, RequestContext } from 'payload'

import { homePaths, localizedPaths } from '@/lib/cacheTags'

/**
 * Revalidate prerendered paths after a publish. Outside a Next.js request (the seed, scripts,
 * tests) there is no cache to purge; callers mark those writes with context.disableRevalidate.
 */
export async function revalidatePaths(paths: string[], context: RequestContext): Promise<void> {
  if (context.disableRevalidate || paths.length === 0) return
  const { revalidatePath } = await import('next/cache')
  for (const path of new Set(paths)) revalidatePath(path)
}

/**
 * Every published page in every language, for changes to what all pages show (titles in
 * navigation and breadcrumbs, site settings). Literal paths, because a layout-pattern
 * revalidation did not purge prerendered pages under multiple root layouts (seen in e2e).
 */
export async function revalidateEverything(
  payload: Payload,
  context: RequestContext,
): Promise<void> {
  if (context.disableRevalidate) return
  const { docs } = await payload.find({
    collection: 'pages',
    select: { path: true },
    depth: 0,
    limit: 1000,
    pagination: false,
  })
  const pagePaths = docs.flatMap((doc) => (doc.path ? localizedPaths(doc.path) : []))
  await revalidatePaths([...homePaths(), ...pagePaths], context)
}
