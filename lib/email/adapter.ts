import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { emailSettings, type EmailSettings } from '@/lib/env'

/** How long (ms) one SMTP step may take before the attempt fails and the job tries again later. */
const SMTP_TIMEOUT_MS = 15_000

/**
 * Payload's e-mail adapter for the environment's SMTP settings (see `emailSettings`), or
 * undefined without `SMTP_HOST`: Payload then uses its console adapter, which prints e-mails to the
 * log (they carry no family details, see lib/callback/notify.ts).
 *
 * The connection is not checked at start-up (`skipVerify`): a slow or unreachable mail server
 * would otherwise hold up the first request for nodemailer's two-minute timeout. A failed send
 * fails the job, and the job queue tries again.
 */
export function emailAdapter(settings: EmailSettings = emailSettings()) {
  if (settings.kind === 'none') return undefined
  return nodemailerAdapter({
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    skipVerify: true,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.auth,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    },
  })
}
