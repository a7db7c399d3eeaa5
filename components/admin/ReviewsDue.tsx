import type { Payload, PayloadRequest } from 'payload'

import { todayInEngland } from '@/i18n/dates'
import { canWriteContent } from '@/access/publishing'
import { defaultLocale, locales } from '@/i18n/locales'
import { findReviewsDue, type DueRow } from '@/lib/reviews/due'
import { formatDay } from '@/lib/reviews/notice'

type Props = { payload: Payload; user?: PayloadRequest['user'] | null }

const STATES: Record<DueRow['state'], string> = {
  overdue: 'Overdue',
  dueWithin7Days: 'Due within 7 days',
  dueWithin30Days: 'Due within 30 days',
}

const KINDS: Record<DueRow['collection'], string> = { pages: 'Page', providers: 'Provider' }

/**
 * The dashboard's "Reviews due": pages and providers overdue or due within 7 or 30 days, each
 * language's title (or "not translated") linking to that language's edit view. Content staff only.
 */
export async function ReviewsDue({ payload, user }: Props) {
  if (!user || !(await canWriteContent({ req: { user } as PayloadRequest }))) return null
  const rows = await findReviewsDue(payload, user, todayInEngland())
  const overdue = rows.filter((row) => row.state === 'overdue').length
  return (
    <section aria-labelledby="reviews-due-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="reviews-due-heading">Reviews due</h2>
      {rows.length === 0 ? (
        <p>Nothing is overdue or due for review in the next 30 days.</p>
      ) : (
        <>
          <p>
            {overdue} overdue, {rows.length - overdue} due in the next 30 days. Set &quot;Last
            reviewed&quot; and publish to move a review on.
          </p>
          <table>
            <caption>Pages and providers due for review, by language</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Review due</th>
                <th scope="col">Status</th>
                {locales.map((l) => (
                  <th scope="col" key={l.code}>
                    {l.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const edit = `/admin/collections/${row.collection}/${row.id}`
                return (
                  <tr key={`${row.collection}:${row.id}`} data-state={row.state}>
                    <th scope="row">
                      <a href={edit}>{row.titles[defaultLocale] ?? `#${row.id}`}</a>
                      {!row.hasOwner && (
                        <>
                          <br />
                          <small>No owner: nobody is reminded</small>
                        </>
                      )}
                    </th>
                    <td>{KINDS[row.collection]}</td>
                    <td>
                      <time dateTime={row.dueDay}>{formatDay(row.dueDay)}</time>
                    </td>
                    <td>{STATES[row.state]}</td>
                    {locales.map((l) => {
                      const title = row.titles[l.code]
                      return (
                        <td key={l.code} lang={title ? l.code : 'en'} dir={title ? l.dir : 'ltr'}>
                          <a href={`${edit}?locale=${l.code}`}>{title ?? 'Not translated'}</a>
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
