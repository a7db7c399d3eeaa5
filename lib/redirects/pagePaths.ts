import type { Payload, PayloadRequest } from 'payload'

/**
 * Published pages' current paths by id (as a string), what reference redirects resolve to.
 * @param req pass the hook's request to read inside its transaction
 */
export async function publishedPagePaths(
  payload: Payload,
  req?: PayloadRequest,
): Promise<Map<string, string>> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    select: { path: true },
    depth: 0,
    limit: 0,
    pagination: false,
    ...(req && { req }),
  })
  return new Map(
    docs.flatMap((doc) => (typeof doc.path === 'string' ? [[String(doc.id), doc.path]] : [])),
  )
}
