import { CACHE_TAGS, providerPaths } from '@/lib/cache/tags'
import { purgeOnPublishedChange } from '@/lib/cache/hooks'

/**
 * A provider's published change: the provider tag (its page, the list, the sitemap) and its
 * pages in every locale, old and new slug. Drafts purge nothing.
 */
const hooks = purgeOnPublishedChange({
  collection: 'providers',
  listFields: ['slug', 'name'],
  purgeFor: ({ before, after }) => {
    const slugs = new Set(
      [before?.slug, after?.slug].filter((s): s is string => typeof s === 'string'),
    )
    return { tags: [CACHE_TAGS.providers], paths: [...slugs].flatMap(providerPaths) }
  },
})

export const snapshotPublishedProvider = hooks.beforeChange
export const revalidateProvider = hooks.afterChange
export const revalidateDeletedProvider = hooks.afterDelete
