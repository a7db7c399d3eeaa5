import type { RequestContext } from 'payload'

import { localizedPaths } from '@/lib/cacheTags'
import { revalidatePaths } from '@/lib/revalidate'

/** The tool pages (every locale) whose output depends on route texts or bank holidays. */
export function toolPaths(): string[] {
  return ['deadline-calculator', 'route-finder', 'route-finder/result'].flatMap(localizedPaths)
}

/**
 * Purges cached data (by tag) and the tool pages after an editor's change. Seeds and scripts mark
 * their writes with context.disableRevalidate: outside a Next.js request there is no cache.
 */
export async function revalidateTools(tags: string[], context: RequestContext): Promise<void> {
  if (context.disableRevalidate) return
  const { revalidateTag } = await import('next/cache')
  // Expire at once (not 'max', which serves the old text once more): editors expect the next
  // reader to see their change.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  await revalidatePaths(toolPaths(), context)
}
