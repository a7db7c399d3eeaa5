import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

const MAX_DEPTH = 5

const idOf = (ref: unknown): number | string | null =>
  typeof ref === 'object' && ref ? ((ref as { id?: number | string }).id ?? null) : (ref as never)

/**
 * A page cannot sit under itself or one of its own sub-pages, nor more than 5 levels deep. The
 * admin's parent list already leaves those out; this also holds for the API, and it must run
 * before the nested-docs plugin walks the parents (a cycle would never end).
 */
export const refuseParentLoop: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const parentRef = data?.parent !== undefined ? data.parent : originalDoc?.parent
  let nextId = idOf(parentRef)
  const ownId = originalDoc?.id
  for (let depth = 0; nextId !== null && nextId !== undefined; depth++) {
    if (depth >= MAX_DEPTH || (ownId !== undefined && String(nextId) === String(ownId))) {
      throw new ValidationError({
        collection: 'pages',
        errors: [
          {
            path: 'parent',
            message:
              'A page cannot be placed under itself or one of its own sub-pages, or more than 5 levels deep.',
          },
        ],
        req,
      })
    }
    const parent = await req.payload
      .findByID({
        collection: 'pages',
        id: nextId,
        depth: 0,
        draft: true,
        req,
        select: { parent: true },
      })
      .catch(() => null)
    nextId = idOf(parent?.parent ?? null)
  }
  return data
}
