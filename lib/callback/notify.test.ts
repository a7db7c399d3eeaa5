import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import type { CallbackRequest } from '@/payload-types'

import { callbackEmailText, notifyCallbackRequest } from './notify'

const request = {
  id: 7,
  name: 'Sam Jones',
  phone: '07700900982',
  preferredTime: 'morning',
  topic: 'mediation',
  message: 'About the certificate',
  locale: 'pl',
  provider: 3,
  consent: true,
  status: 'new',
  idempotencyKey: 'k',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
} as CallbackRequest

// A stand-in for the parts of Payload the notification uses.
function fakePayload({ adapter, providerEmail, teamEmail }: Record<string, string | undefined>) {
  return {
    email: { name: adapter },
    sendEmail: vi.fn(async () => undefined),
    logger: { info: vi.fn(), warn: vi.fn() },
    findByID: vi.fn(async () => ({ name: 'Global Mediation', contact: { email: providerEmail } })),
    findGlobal: vi.fn(async () => ({ senTeam: { name: 'SEN team', email: teamEmail } })),
  }
}

describe('notifyCallbackRequest', () => {
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
    const payload = fakePayload({ adapter: 'nodemailer', providerEmail, teamEmail })
    await notifyCallbackRequest(payload as unknown as Payload, { ...request, provider })
    expect(payload.sendEmail).toHaveBeenCalledWith(expect.objectContaining({ to }))
  })

  it('without an email adapter logs that a request came, never its contents', async () => {
    const payload = fakePayload({ adapter: 'console', providerEmail: 'a@provider.org' })
    await notifyCallbackRequest(payload as unknown as Payload, request)
    expect(payload.sendEmail).not.toHaveBeenCalled()
    const logged = JSON.stringify(payload.logger.info.mock.calls)
    expect(logged).toContain('Call-back request 7')
    expect(logged).not.toContain('Sam Jones')
    expect(logged).not.toContain('07700900982')
  })

  it('warns when there is nobody to tell', async () => {
    const payload = fakePayload({ adapter: 'nodemailer' })
    await notifyCallbackRequest(payload as unknown as Payload, request)
    expect(payload.sendEmail).not.toHaveBeenCalled()
    expect(payload.logger.warn).toHaveBeenCalled()
  })

  it('writes the details staff need, with the phone number easy to read', () => {
    const text = callbackEmailText(request, 'https://x.org/admin/collections/callback-requests/7')
    expect(text).toContain('Phone: 07700 900982')
    expect(text).toContain('Best time to call: morning')
    expect(text).toContain('Message: About the certificate')
    expect(text).toContain('https://x.org/admin/collections/callback-requests/7')
  })
})
