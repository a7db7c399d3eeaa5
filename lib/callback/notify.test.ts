import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { callbackNotice, sendCallbackNotice } from './notify'

const stored = { id: 7, provider: 3, createdAt: '2026-11-25T10:05:00.000Z' }

// A stand-in for the parts of Payload the notification uses.
function fakePayload({
  providerEmail,
  teamEmail,
  found = [stored],
}: {
  providerEmail?: string
  teamEmail?: string
  found?: object[]
}) {
  return {
    sendEmail: vi.fn(async () => undefined),
    logger: { info: vi.fn(), warn: vi.fn() },
    find: vi.fn(async () => ({ docs: found })),
    findByID: vi.fn(async () => ({ name: 'Global Mediation', contact: { email: providerEmail } })),
    findGlobal: vi.fn(async () => ({
      callbackRetentionDays: 30,
      senTeam: { name: 'SEN team', email: teamEmail },
    })),
  }
}

describe('sendCallbackNotice', () => {
  it.each([
    [
      'the provider, when it has an email',
      'a@provider.org',
      'sen@council.gov.uk',
      3,
      'a@provider.org',
    ],
    [
      'the SEN team, when the provider has none',
      undefined,
      'sen@council.gov.uk',
      3,
      'sen@council.gov.uk',
    ],
    [
      'the SEN team, for a request from a guide',
      'a@provider.org',
      'sen@council.gov.uk',
      null,
      'sen@council.gov.uk',
    ],
  ])('emails %s', async (_case, providerEmail, teamEmail, provider, to) => {
    const payload = fakePayload({ providerEmail, teamEmail, found: [{ ...stored, provider }] })
    expect(await sendCallbackNotice(payload as unknown as Payload, 'ref')).toBe('sent')
    expect(payload.sendEmail).toHaveBeenCalledWith(expect.objectContaining({ to }))
  })

  it('warns, and does not retry, when there is nobody to tell', async () => {
    const payload = fakePayload({})
    expect(await sendCallbackNotice(payload as unknown as Payload, 'ref')).toBe('no-recipient')
    expect(payload.sendEmail).not.toHaveBeenCalled()
    expect(payload.logger.warn).toHaveBeenCalled()
  })

  it('throws (so the job retries) when the request is not there yet', async () => {
    const payload = fakePayload({ teamEmail: 'sen@council.gov.uk', found: [] })
    await expect(sendCallbackNotice(payload as unknown as Payload, 'ref')).rejects.toThrow(
      /not found/,
    )
  })

  it('throws (so the job retries) when the mail server refuses', async () => {
    const payload = fakePayload({
      teamEmail: 'sen@council.gov.uk',
      found: [{ ...stored, provider: null }],
    })
    payload.sendEmail.mockRejectedValueOnce(new Error('451 Try again later'))
    await expect(sendCallbackNotice(payload as unknown as Payload, 'ref')).rejects.toThrow(/451/)
  })
})

describe('callbackNotice', () => {
  const adminUrl = 'https://x.org/admin/collections/callback-requests/7'
  it.each([
    // [received (UTC), shown in UK time]
    ['2026-11-25T10:05:00.000Z', '25 November 2026 at 10:05'], // GMT
    ['2026-07-01T10:05:00.000Z', '1 July 2026 at 11:05'], // BST
    ['2026-03-29T00:30:00.000Z', '29 March 2026 at 00:30'], // the night the clocks go forward
    ['2026-03-29T01:30:00.000Z', '29 March 2026 at 02:30'],
  ])('received %s is shown as %s (UK time)', (createdAt, shown) => {
    const notice = callbackNotice(
      { id: 7, createdAt },
      { team: 'SEN team', adminUrl, retentionDays: 30 },
    )
    expect(notice.text).toContain(`Received: ${shown} (UK time)`)
  })

  it('names the team, the reference, the link and the retention period, and nothing else', () => {
    const notice = callbackNotice(stored, { team: 'Global Mediation', adminUrl, retentionDays: 30 })
    expect(notice.subject).toBe('New call-back request 7 for Global Mediation')
    expect(notice.text).toContain('Reference: 7')
    expect(notice.text).toContain(adminUrl)
    expect(notice.text).toContain('deleted automatically 30 days after it arrived')
  })
})
