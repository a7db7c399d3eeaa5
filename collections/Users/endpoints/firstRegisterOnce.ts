import { Forbidden, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

/**
 * POST /api/users/first-register, made atomic: of any number of simultaneous requests on an
 * empty database, exactly one creates the first (admin) account; the others get 403.
 *
 * Payload's own handler checks "no user yet" and then creates one, so simultaneous requests all
 * pass the check. Neither database can close that gap for us in an adapter-neutral way: the
 * MongoDB emulator used in CI has no unique indexes and no transactions, and on SQLite each
 * request's transaction sees an empty table. So, in code:
 * 1. A process-wide queue lets one first-registration run at a time, re-checking that no user
 *    exists inside it. This alone is enough for one server process, on any database.
 * 2. For several server processes on one database, after creating its account a request checks
 *    which account is the oldest (createdAt, then id): every process sees the same answer, so
 *    exactly one keeps its account and any other deletes its own before answering 403. Its
 *    login token is then useless, since the account behind it is gone.
 */

// On globalThis: Next.js may load this module more than once in one process.
const QUEUE = Symbol.for('portal.users.firstRegister')
type Holder = { [QUEUE]?: Promise<unknown> }

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder
  const run = (holder[QUEUE] ?? Promise.resolve()).then(task, task)
  holder[QUEUE] = run.catch(() => undefined)
  return run
}

const MARK = 'portalFirstRegisterOnce'

/** Payload's own first-register handler, which follows ours in the collection's endpoints. */
function payloadsHandler(req: PayloadRequest): PayloadHandler {
  const endpoints = req.payload.collections.users.config.endpoints || []
  const own = endpoints.find(
    (e) => e.path === '/first-register' && e.method === 'post' && !e.custom?.[MARK],
  )
  if (!own) throw new Error("Payload's first-register endpoint was not found")
  return own.handler
}

async function oldestUserId(req: PayloadRequest): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'users',
    sort: ['createdAt', 'id'],
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

export const firstRegisterOnce: Endpoint = {
  path: '/first-register',
  method: 'post',
  custom: { [MARK]: true },
  handler: (req) =>
    oneAtATime(async () => {
      const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs > 0) throw new Forbidden(req.t)
      const response = await payloadsHandler(req)(req)
      if (!response.ok) return response
      const created = ((await response.clone().json()) as { user?: { id?: unknown } }).user?.id
      const oldest = await oldestUserId(req)
      if (created !== undefined && oldest !== String(created)) {
        // Another server process registered first, at the same moment.
        await req.payload.delete({
          collection: 'users',
          id: created as number | string,
          overrideAccess: true,
        })
        throw new Forbidden(req.t)
      }
      return response
    }),
}
