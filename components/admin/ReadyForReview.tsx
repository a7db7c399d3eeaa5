import type { Payload, PayloadRequest } from 'payload'

import { PUBLISHING_ROLES, hasRole } from '@/access/roles'
import { READY_FOR_REVIEW_LIST } from '@/fields/workflow'

type Props = { payload: Payload; user?: PayloadRequest['user'] | null }

/**
 * The dashboard's count of pages their authors marked "Ready for review", for publishers and
 * admins, linking to the list filtered to them. Nothing for anyone else.
 */
export async function ReadyForReview({ payload, user }: Props) {
  if (!user || !hasRole(user, ...PUBLISHING_ROLES)) return null
  // Draft saves live in the versions: count the latest draft of each page, as the list does.
  const { totalDocs } = await payload.find({
    collection: 'pages',
    where: { workflow: { equals: 'readyForReview' } },
    draft: true,
    depth: 0,
    limit: 1,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  return (
    <section aria-labelledby="ready-for-review-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="ready-for-review-heading">Pages to review</h2>
      <p>
        <a href={READY_FOR_REVIEW_LIST}>
          {totalDocs === 1
            ? '1 page is ready for review'
            : `${totalDocs === 0 ? 'No' : totalDocs} pages are ready for review`}
        </a>
      </p>
    </section>
  )
}
