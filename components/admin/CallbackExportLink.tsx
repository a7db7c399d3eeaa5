import type { Payload, PayloadRequest } from 'payload'

import { hasCallbackInbox } from '@/access/callbackInbox'
import { labelledOptions } from '@/lib/callback/labels'

type Props = { payload: Payload; user?: PayloadRequest['user'] | null }

/**
 * Above the call-back list: download the requests the user may read as CSV, filtered by status,
 * provider and date. A plain GET form, so it works without JavaScript.
 */
export async function CallbackExportLink({ payload, user }: Props) {
  if (!user || !hasCallbackInbox(user)) return null
  const { docs: providers } = await payload.find({
    collection: 'providers',
    where: { acceptsCallbacks: { equals: true } },
    depth: 0,
    limit: 200,
    sort: 'name',
    select: { name: true },
  })
  return (
    <form
      action="/api/callback-requests/export.csv"
      method="get"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '1rem',
        alignItems: 'end',
        margin: '1rem 0',
      }}
    >
      <label>
        Status
        <br />
        <select name="status" defaultValue="">
          <option value="">Any</option>
          {labelledOptions('status').map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Provider
        <br />
        <select name="provider" defaultValue="">
          <option value="">Any</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Received from
        <br />
        <input type="date" name="from" />
      </label>
      <label>
        Received to
        <br />
        <input type="date" name="to" />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        Download CSV
      </button>
    </form>
  )
}
