import type { Locale } from '@/i18n/locales'
import {
  calculateDeadlines,
  calculateEhcDeadlines,
  DEADLINE_IDS,
  DEADLINE_INPUT_FIELDS,
  DeadlineInputError,
  validateDeadlineInput,
  type DeadlineFieldError,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineResult,
  type EhcClockId,
  type EhcDeadline,
  type WorkingDayCalendar,
  validateEhcInput,
} from '@/lib/deadlines'
import { formatDate } from '@/i18n/dates'
import { dateParam, queryValue } from '@/lib/forms/dateInput'

import {
  ehcErrorMessage,
  presentEhcDeadline,
  readEhcParams,
  type PresentedEhcDeadline,
} from '@/lib/deadlines/ehcApi'
import { parseLocaleParam, translator, type Translate } from '@/lib/api/translator'

export type ApiFieldError = { field: string; message: string }
export type ApiResult<T> =
  | { status: 200; body: T; locale: Locale }
  | { status: 400; body: { errors: ApiFieldError[] }; locale: Locale }

/**
 * The provision that lets the Tribunal accept a late appeal: HESC Rules 2008 (SI 2008/2699),
 * rule 5(3)(a) (extending time). English in every language, so pages isolate it (`<bdi>`).
 */
export const LATE_APPEAL_CITATION = 'HESC Rules 2008, rule 5(3)(a)'

export interface PresentedDeadline {
  /** The safe date: the last day that is safe under every reading of the rules. */
  date: string
  rule: string
  legalBasis: string
  adjusted: string | null
  warnings: string[]
  /** Only where a later date is arguable but unsettled: "may be later, ask SENDIASS". */
  laterReading?: { date: string; rule: string }
  /** Appeal only: a late appeal can still be accepted (HESC r5(3)(a)), and how. */
  lateAppeal?: string
  followUp?: PresentedDeadline
}
/**
 * The appeal deadlines by id, then the EHC process clocks (ehcDeadlinesResponse.ts) in date order,
 * each under its own id (assessmentDecision, finalPlan, ...): new keys only, so callers of the
 * appeal deadlines see the same answer as before.
 */
export type DeadlinesBody = {
  deadlines: Partial<Record<DeadlineId, PresentedDeadline>> &
    Partial<Record<EhcClockId, PresentedEhcDeadline>>
}

/**
 * The five date parameters and `appealAbout`, read as the calculator page reads its form
 * (dateParam: an ISO date, or the page's three boxes); blank ones count as not given, as an empty
 * form field does.
 */
export function readDeadlineParams(params: URLSearchParams): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {}
  for (const field of DEADLINE_INPUT_FIELDS) {
    const value = dateParam(params, field)
    if (value !== undefined) raw[field] = value
  }
  const about = queryValue(params, 'appealAbout')
  if (about !== '') raw.appealAbout = about
  return raw
}

/** One validation error in the reader's words (namespace Deadlines). */
export function deadlineErrorMessage(
  error: DeadlineFieldError,
  t: Translate,
  locale: Locale,
  calendar: WorkingDayCalendar,
): string {
  const label = t(`fields.${error.field}`)
  if (error.code === 'out-of-range') {
    const { from, to } = calendar.coverage
    return t('errors.out-of-range', {
      label,
      from: formatDate(from, locale, 'weekdayDate'),
      to: formatDate(to, locale, 'weekdayDate'),
    })
  }
  return t(`errors.${error.code}`, { label })
}

/**
 * A computed deadline in plain words (namespace Deadlines): why this date, why it moved, what to
 * watch for, and any later but unsettled reading.
 */
export function presentDeadline(
  result: DeadlineResult,
  t: Translate,
  locale: Locale,
): PresentedDeadline {
  const long = (iso: string) => formatDate(iso, locale, 'weekdayDate')
  const presented: PresentedDeadline = {
    date: result.date,
    rule: t(`rules.${result.ruleId}`),
    legalBasis: result.legalBasis,
    adjusted: result.adjusted
      ? t(`adjustments.${result.adjusted}`, {
          date: long(result.unadjustedDate),
          safeDate: long(result.date),
        })
      : null,
    warnings: result.warnings.map((code) => t(`warnings.${code}`)),
  }
  const later = result.laterReading
  if (later) {
    presented.laterReading = {
      date: later.date,
      rule: t(`laterReadings.${later.id}`, {
        date: long(result.unadjustedDate),
        laterDate: long(later.date),
        thenDate: long(later.thenDate),
      }),
    }
  }
  if (result.id === 'appeal') presented.lateAppeal = t('lateAppeal')
  if (result.followUp) presented.followUp = presentDeadline(result.followUp, t, locale)
  return presented
}

type Computed =
  | {
      ok: true
      locale: Locale
      deadlines: Partial<Record<DeadlineId, DeadlineResult>>
      ehc: EhcDeadline[]
    }
  | { ok: false; locale: Locale; errors: ApiFieldError[] }

/**
 * Validates and calculates; shared by the JSON API and the calendar download. The appeal dates
 * (decision, certificate, ...) and the EHC dates (request, draftPlan, ...) may come alone or
 * together; with neither, the answer is the appeal calculator's "enter at least one date".
 */
export async function computeDeadlines(
  params: URLSearchParams,
  calendar: WorkingDayCalendar,
): Promise<Computed> {
  const requested = parseLocaleParam(params.get('locale'))
  const locale = requested ?? 'en'
  const t = await translator(locale, 'Deadlines')
  if (requested === null) {
    return { ok: false, locale, errors: [{ field: 'locale', message: t('errors.locale') }] }
  }
  const appealRaw = readDeadlineParams(params)
  const ehcRaw = readEhcParams(params)
  const errors: ApiFieldError[] = []
  let deadlines: Partial<Record<DeadlineId, DeadlineResult>> = {}
  let ehc: EhcDeadline[] = []
  if (Object.keys(appealRaw).length > 0 || Object.keys(ehcRaw).length === 0) {
    const validation = validateDeadlineInput(appealRaw, calendar)
    if (!validation.ok) {
      for (const error of validation.errors) {
        errors.push({
          field: error.field,
          message: deadlineErrorMessage(error, t, locale, calendar),
        })
      }
    } else {
      try {
        deadlines = calculateDeadlines(validation.value as DeadlineInput, calendar).deadlines
      } catch (error) {
        // validateDeadlineInput should have caught these; answer 400 rather than 500 if it did not.
        if (!(error instanceof DeadlineInputError)) throw error
        const { field, code } = error
        errors.push({ field, message: deadlineErrorMessage({ field, code }, t, locale, calendar) })
      }
    }
  }
  if (Object.keys(ehcRaw).length > 0) {
    const validation = validateEhcInput(ehcRaw, calendar)
    if (!validation.ok) {
      const te = await translator(locale, 'EhcDeadlines')
      for (const error of validation.errors) {
        errors.push({ field: error.field, message: ehcErrorMessage(error, te, locale, calendar) })
      }
    } else {
      ehc = calculateEhcDeadlines(validation.value, calendar)
    }
  }
  if (errors.length > 0) return { ok: false, locale, errors }
  return { ok: true, locale, deadlines, ehc }
}

/** The HTTP answer of GET /api/deadlines, without the HTTP: status and JSON body. */
export async function deadlinesResponse(
  params: URLSearchParams,
  calendar: WorkingDayCalendar,
): Promise<ApiResult<DeadlinesBody>> {
  const computed = await computeDeadlines(params, calendar)
  const { locale } = computed
  if (!computed.ok) return { status: 400, body: { errors: computed.errors }, locale }
  const t = await translator(locale, 'Deadlines')
  const te = await translator(locale, 'EhcDeadlines')
  const deadlines: DeadlinesBody['deadlines'] = {}
  for (const id of DEADLINE_IDS) {
    const result = computed.deadlines[id]
    if (result) deadlines[id] = presentDeadline(result, t, locale)
  }
  for (const clock of computed.ehc) deadlines[clock.id] = presentEhcDeadline(clock, te, locale)
  return { status: 200, body: { deadlines }, locale }
}
