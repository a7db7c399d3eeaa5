import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { createRateLimiter } from '@/lib/rateLimit'
import { submitCallbackRequest } from '@/lib/callback/submit'
import { EMAIL_QUEUE } from '@/lib/email/queue'

import { bootPayload } from '../helpers/payload'

// A real SMTP server in this process: the portal's nodemailer adapter talks to it over TCP,
// logging in with the user and password from the environment, as it would to a council's relay.
type Received = { from: string; to: string[]; user?: string; raw: string }
const received: Received[] = []
let refusalsLeft = 0

const smtp = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === 'portal' && auth.password === 'relay-password') {
      return callback(null, { user: auth.username })
    }
    return callback(new Error('Invalid username or password'))
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      if (refusalsLeft > 0) {
        refusalsLeft -= 1
        const error = Object.assign(new Error('Try again later'), { responseCode: 451 })
        return callback(error)
      }
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user as string | undefined,
        raw: Buffer.concat(chunks).toString('utf8'),
      })
      callback()
    })
  },
})

let payload: Payload
const roomy = () => createRateLimiter({ limit: 1000, windowMs: 60_000 })

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_USER: 'portal',
    SMTP_PASS: 'relay-password',
    EMAIL_FROM: 'send-portal@council.example',
    NEXT_PUBLIC_SERVER_URL: 'https://send.council.example',
  })
  payload = (await bootPayload()).payload
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      senTeam: { name: 'Special educational needs (SEN) team', email: 'sen-team@council.example' },
    },
    context: { disableRevalidate: true },
  })
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  received.length = 0
  refusalsLeft = 0
})

const family = {
  name: 'Aisha Khan',
  phone: '07700 900982',
  preferredTime: 'morning',
  topic: 'tribunal-appeal',
  message: 'My son Adam was refused an assessment',
  consent: 'yes',
  locale: 'ur',
}

function submit(fields: Record<string, string> = {}) {
  const form = new URLSearchParams({ ...family, token: crypto.randomUUID(), ...fields })
  return submitCallbackRequest(payload, form, { client: 'smtp-test', limiter: roomy() })
}

const emailJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: EMAIL_QUEUE } },
      depth: 0,
    })
  ).docs

const runEmailQueue = () => payload.jobs.run({ queue: EMAIL_QUEUE, silent: true })

async function newestRequest() {
  const { docs } = await payload.find({ collection: 'callback-requests', limit: 1, depth: 0 })
  return docs[0]!
}

// Quoted-printable soft line breaks would split words; undo them before searching the text.
const body = (raw: string) => raw.replace(/=\r?\n/g, '')

describe('call-back e-mail through a real SMTP server', () => {
  it('queues the e-mail with the request and delivers a notice that holds no family details', async () => {
    expect((await submit()).status).toBe('sent')
    const request = await newestRequest()
    const jobs = await emailJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ taskSlug: 'notifyCallbackRequest' })
    expect(jobs[0]!.input).toEqual({ reference: request.reference })

    await runEmailQueue()
    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail!.user).toBe('portal')
    expect(mail!.from).toBe('send-portal@council.example')
    expect(mail!.to).toEqual(['sen-team@council.example'])
    const text = body(mail!.raw)
    // The team's name as editors write it, without "the": English puts one in.
    // Long headers are folded onto continuation lines (RFC 5322 2.2.3): unfold before reading.
    expect(text.replace(/\r?\n /g, ' ')).toContain(
      `Subject: New call-back request ${request.id} for the Special educational needs (SEN) team`,
    )
    expect(text.replace(/\s+/g, ' ')).toContain(
      'A family has asked the Special educational needs (SEN) team to call them back',
    )
    expect(text).toContain(
      `https://send.council.example/admin/collections/callback-requests/${request.id}`,
    )
    // What the recipient does not need stays behind the admin's sign-in.
    for (const secret of [
      'Aisha',
      'Khan',
      '07700',
      '900982',
      'Adam',
      'refused',
      'tribunal',
      'Tribunal',
      'morning',
      request.reference!,
      request.idempotencyKey,
    ]) {
      expect(text).not.toContain(secret)
    }
    // A sent notice leaves no job behind.
    expect(await emailJobs()).toHaveLength(0)
  })

  it('retries when the mail server refuses, and delivers once it accepts, losing nothing', async () => {
    refusalsLeft = 2
    expect((await submit({ name: 'Retry Parent' })).status).toBe('sent')
    const request = await newestRequest()

    await runEmailQueue()
    expect(received).toHaveLength(0)
    let [job] = await emailJobs()
    expect(job).toMatchObject({ totalTried: 1, hasError: false, processing: false })
    expect(new Date(job!.waitUntil!).getTime()).toBeGreaterThan(Date.now())

    // Not before its retry time.
    await runEmailQueue()
    expect((await emailJobs())[0]).toMatchObject({ totalTried: 1 })

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 2 * 60_000)
    await runEmailQueue()
    expect(received).toHaveLength(0)
    ;[job] = await emailJobs()
    expect(job).toMatchObject({ totalTried: 2, hasError: false })

    vi.setSystemTime(Date.now() + 10 * 60_000)
    await runEmailQueue()
    expect(received).toHaveLength(1)
    expect(body(received[0]!.raw)).toContain(`callback-requests/${request.id}`)
    expect(await emailJobs()).toHaveLength(0)
    // The request itself was never touched by the failures.
    expect(await newestRequest()).toMatchObject({ id: request.id, status: 'new' })
  })

  it('stores no request without its e-mail job: when queueing fails, the family is asked to retry', async () => {
    const before = (await payload.count({ collection: 'callback-requests' })).totalDocs
    const form = { token: crypto.randomUUID(), name: 'Queue Failure' }
    vi.spyOn(payload.jobs, 'queue').mockRejectedValueOnce(new Error('database is locked'))
    expect((await submit(form)).status).toBe('failed')
    expect((await payload.count({ collection: 'callback-requests' })).totalDocs).toBe(before)
    expect(await emailJobs()).toHaveLength(0)

    expect((await submit(form)).status).toBe('sent')
    const request = await newestRequest()
    expect(request.name).toBe('Queue Failure')
    expect((await emailJobs()).map((j) => j.input)).toEqual([{ reference: request.reference }])
    await runEmailQueue()
    expect(received.map((m) => m.to)).toEqual([['sen-team@council.example']])
  })

  it("sends a provider's request to the provider's own address", async () => {
    const provider = await payload.create({
      collection: 'providers',
      data: {
        name: 'Test Mediation',
        slug: 'test-mediation',
        kind: 'mediation',
        uuid: crypto.randomUUID(),
        description: 'Mediation for tests',
        acceptsCallbacks: true,
        status: 'active',
        lastVerified: '2026-11-01',
        contact: { email: 'referrals@mediation.example' },
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    expect((await submit({ provider: provider.slug! })).status).toBe('sent')
    await runEmailQueue()
    expect(received.map((m) => m.to)).toEqual([['referrals@mediation.example']])
    expect(body(received[0]!.raw)).toContain('for Test Mediation')
  })
})
