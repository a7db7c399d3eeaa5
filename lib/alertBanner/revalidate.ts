import type { Payload, RequestContext } from 'payload'

import { ALERT_BANNERS_TAG } from '@/lib/cacheTags'
import { revalidateEverything, revalidatePaths } from '@/lib/revalidate'
import { toolPaths } from '@/lib/tools/revalidate'

/**
 * After a banner is published, changed, unpublished or deleted: every page may show it. The tag
 * reaches every page that rendered the banner list; the literal paths are the same belt and
 * braces the other content uses (a path pattern did not purge every prerendered page).
 */
export async function revalidateAlertBanners(
  payload: Payload,
  context: RequestContext,
): Promise<void> {
  if (context.disableRevalidate) return
  const { revalidateTag } = await import('next/cache')
  // Expire at once, not 'max' (which serves the old banner once more).
  revalidateTag(ALERT_BANNERS_TAG, { expire: 0 })
  await revalidateEverything(payload, context)
  await revalidatePaths(toolPaths(), context)
}
