/**
 * Queues scheduled publish/unpublish jobs exactly as the admin's "Schedule publish" drawer
 * does (payload.jobs.queue with the schedulePublish task and the scheduling user), on the
 * e2e server's database. Jobs cannot be created over REST, and the drawer's date picker is not
 * what e2e/scheduled-publishing.spec.ts tests: the running server's part is.
 *
 * Run: tsx e2e/helpers/queueScheduledPublish.ts <pageId> <userId> <type>=<ISO time>...
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [pageId, userId, ...schedule] = process.argv.slice(2)
const id = (value: string) => (/^\d+$/.test(value) ? Number(value) : value)

const payload = await getPayload({ config })
for (const entry of schedule) {
  const [type, at] = entry.split('=') as ['publish' | 'unpublish', string]
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'pages', value: String(pageId) },
      user: { relationTo: 'users', value: id(userId!) },
    },
    waitUntil: new Date(at),
  } as Parameters<typeof payload.jobs.queue>[0])
}
process.exit(0)
