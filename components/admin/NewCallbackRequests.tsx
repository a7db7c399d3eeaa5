import type { Payload, PayloadRequest } from 'payload'

import { hasCallbackInbox } from '@/access/callbackInbox'

type Props = { payload: Payload; user?: PayloadRequest['user'] | null }

/**
 * The dashboard's count of new call-back requests in the signed-in user's inbox (only those they
 * may read), linking to the list filtered to "New". Nothing for users without an inbox.
 */
export async function NewCallbackRequests({ payload, user }: Props) {
  if (!user || !hasCallbackInbox(user)) return null
  const { totalDocs } = await payload.count({
    collection: 'callback-requests',
    where: { status: { equals: 'new' } },
    overrideAccess: false,
    user,
  })
  const href = '/admin/collections/callback-requests?where[status][equals]=new'
  return (
    <section aria-labelledby="new-callbacks-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="new-callbacks-heading">Call-back requests</h2>
      <p>
        <a href={href}>
          {totalDocs === 1
            ? '1 new call-back request'
            : `${totalDocs === 0 ? 'No' : totalDocs} new call-back requests`}
        </a>
      </p>
    </section>
  )
}
