import { CACHE_TAGS, localizedPaths, pageTag } from '@/lib/cache/tags'
import { purgeOnPublishedChange } from '@/lib/cache/hooks'

/**
 * Purges what a page's published change makes stale, and nothing for drafts or autosaves: its
 * own content and paths in every locale (old and new path after a move), the sitemap's index,
 * site search's cached results, and the navigation lists (menus, breadcrumbs, "in this section", home) only when the page
 * appeared, disappeared, or changed a field they show.
 */
const hooks = purgeOnPublishedChange({
  collection: 'pages',
  listFields: ['title', 'summary', 'path', 'order', 'parent'],
  purgeFor: ({ before, after, listChanged }) => {
    const paths = [
      ...new Set([before?.path, after?.path].filter((p): p is string => typeof p === 'string')),
    ]
    return {
      tags: [
        ...paths.map(pageTag),
        CACHE_TAGS.pageIndex,
        CACHE_TAGS.search,
        ...(listChanged ? [CACHE_TAGS.pageNavigation] : []),
      ],
      paths: paths.flatMap(localizedPaths),
    }
  },
})

export const snapshotPublishedPage = hooks.beforeChange
export const revalidatePage = hooks.afterChange
export const revalidateDeletedPage = hooks.afterDelete
