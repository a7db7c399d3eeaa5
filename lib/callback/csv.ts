import { callbackLabel } from './labels'
import { CALLBACK_STATUSES } from './options'
import { formatUkPhone } from './phone'

/** A request as the export reads it (depth 1: the provider's name is there when it exists). */
export type ExportableRequest = {
  id: number | string
  createdAt: string
  status: string
  inbox?: string | null
  name: string
  phone: string
  preferredTime: string
  topic: string
  message?: string | null
  locale?: string | null
  provider?: number | string | { name?: string | null } | null
  history?:
    | { at: string; who: string; event: string; status?: string | null; note?: string | null }[]
    | null
}

const HEADER = [
  'Reference',
  'Received',
  'Status',
  'For',
  'Provider',
  'Name',
  'Phone',
  'Best time to call',
  'About',
  'Language',
  'Message',
  'History',
]

/**
 * One CSV field. Quotes are doubled and the field quoted when needed (RFC 4180). A value that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with
 * an apostrophe, because families type the names and messages (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function historyText(history: ExportableRequest['history']): string {
  return (history ?? [])
    .map((h) => {
      const what =
        h.event === 'status' ? `status: ${callbackLabel('status', h.status)}` : (h.note ?? '')
      return `${h.at.slice(0, 16).replace('T', ' ')} ${h.who}: ${what}`
    })
    .join('\n')
}

/**
 * The requests as CSV for staff (UTF-8 with a byte-order mark so Excel reads Polish and Urdu
 * names; CRLF line ends), with labels instead of codes and times in UTC ISO form.
 */
export function callbackCsv(requests: readonly ExportableRequest[]): string {
  const rows = requests.map((r) => [
    String(r.id),
    r.createdAt,
    callbackLabel('status', r.status),
    callbackLabel('inbox', r.inbox),
    r.provider && typeof r.provider === 'object' ? (r.provider.name ?? '') : '',
    r.name,
    formatUkPhone(r.phone),
    callbackLabel('preferredTime', r.preferredTime),
    callbackLabel('topic', r.topic),
    callbackLabel('locale', r.locale),
    r.message ?? '',
    historyText(r.history),
  ])
  return (
    '\uFEFF' + [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
  )
}

export type ExportFilter = {
  status?: string
  provider?: number | string
  from?: string
  to?: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** YYYY-MM-DD naming a real day (2026-02-30 is not one, though Date.parse rolls it over). */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

/**
 * Reads the export's filters from the query string: `status` (new, contacted, closed),
 * `provider` (a provider id: a number, or a MongoDB ObjectId), `from` and `to` (ISO dates, inclusive, UTC days). Returns the
 * filter, or the list of parameters that are wrong (for a 400 answer).
 */
export function exportFilterFrom(
  params: URLSearchParams,
): { ok: true; filter: ExportFilter } | { ok: false; errors: string[] } {
  const errors: string[] = []
  const filter: ExportFilter = {}
  const status = params.get('status')
  if (status) {
    if ((CALLBACK_STATUSES as readonly string[]).includes(status)) filter.status = status
    else errors.push('status')
  }
  const provider = params.get('provider')
  if (provider) {
    // A number on SQLite, a 24-character hex ObjectId on MongoDB.
    if (/^\d{1,12}$/.test(provider)) filter.provider = Number(provider)
    else if (/^[0-9a-f]{24}$/i.test(provider)) filter.provider = provider
    else errors.push('provider')
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)
    if (!value) continue
    if (isCalendarDate(value)) filter[key] = value
    else errors.push(key)
  }
  if (filter.from && filter.to && filter.from > filter.to) errors.push('to')
  return errors.length ? { ok: false, errors } : { ok: true, filter }
}

/** The filter as a Payload `where` (dates as whole UTC days). */
export function exportWhere(filter: ExportFilter) {
  const and: Record<string, unknown>[] = []
  if (filter.status) and.push({ status: { equals: filter.status } })
  if (filter.provider) and.push({ provider: { equals: filter.provider } })
  if (filter.from) and.push({ createdAt: { greater_than_equal: `${filter.from}T00:00:00.000Z` } })
  if (filter.to) {
    const next = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString()
    and.push({ createdAt: { less_than: next } })
  }
  return { and }
}
