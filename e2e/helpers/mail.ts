import fs from 'node:fs'
import path from 'node:path'

/** One message the e2e server's SMTP catcher received (scripts/mailCatcher.mjs), decoded. */
export type CaughtMail = { to: string[]; raw: string }

const MAIL_FILE = path.resolve(process.env.E2E_DATA_DIR ?? 'data/e2e', 'mail.jsonl')

/** Every message the portal has e-mailed during this e2e run, oldest first. */
export function caughtMail(): CaughtMail[] {
  if (!fs.existsSync(MAIL_FILE)) return []
  return fs
    .readFileSync(MAIL_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CaughtMail)
    .map((mail) => ({ ...mail, raw: decodeQuotedPrintable(mail.raw) }))
}

/** Undoes quoted-printable line folding and escapes, so specs can search the plain text. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** The messages sent to `address` whose raw text (headers and body) matches `pattern`. */
export function mailTo(address: string, pattern: RegExp): CaughtMail[] {
  return caughtMail().filter((m) => m.to.includes(address) && pattern.test(m.raw))
}
