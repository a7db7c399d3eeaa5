import type { Locale } from '@/i18n/locales'
import {
  EHC_INPUT_FIELDS,
  type EhcDeadline,
  type EhcFieldError,
  type WorkingDayCalendar,
} from '@/lib/deadlines'
import {
  isDuty,
  LETTER_BUILDER_PATH,
  LETTER_CLOCKS,
  MISSED_TIME_LIMIT_PATH,
} from '@/lib/deadlines/lateHelp'
import { localeHref } from '@/lib/localeHref'
import { formatDate } from '@/i18n/dates'

import type { PresentedDeadline } from '@/lib/deadlines/api'
import type { Translate } from '@/lib/api/translator'
import { dateParam } from '@/lib/forms/dateInput'

export interface PresentedEhcDeadline extends Omit<PresentedDeadline, 'lateAppeal' | 'followUp'> {
  title: string
  /** Who must act by the date: 'council', 'school', 'health-or-care' or 'family'. */
  actor: EhcDeadline['actor']
  who: string
  /** What to do if the date passes. */
  late: string
  /** Pages that help when the date has passed (the route finder; the letter builder once merged). */
  lateLinks: { routeFinder?: string; letters?: string }
}

/**
 * The EHC dates among the query parameters, read as the pages read their forms (dateParam);
 * blank ones count as not given.
 */
export function readEhcParams(params: URLSearchParams): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {}
  for (const field of EHC_INPUT_FIELDS) {
    const value = dateParam(params, field)
    if (value !== undefined) raw[field] = value
  }
  return raw
}

/** One EHC validation error in the reader's words; `t` translates the EhcDeadlines namespace. */
export function ehcErrorMessage(
  error: EhcFieldError,
  t: Translate,
  locale: Locale,
  calendar: WorkingDayCalendar,
): string {
  const label = t(`fields.${error.field}`)
  const { from, to } = calendar.coverage
  return t(`errors.${error.code}`, {
    label,
    from: formatDate(from, locale, 'weekdayDate'),
    to: formatDate(to, locale, 'weekdayDate'),
  })
}

/** An EHC clock in plain words: what, who, why this date, why it moved, and what if it passes. */
export function presentEhcDeadline(
  clock: EhcDeadline,
  t: Translate,
  locale: Locale,
): PresentedEhcDeadline {
  const long = (iso: string) => formatDate(iso, locale, 'weekdayDate')
  const duty = isDuty(clock.actor)
  const presented: PresentedEhcDeadline = {
    date: clock.date,
    title: t(`titles.${clock.id}`),
    actor: clock.actor,
    who: t(`actors.${clock.actor}`),
    rule: t(`rules.${clock.ruleId}`),
    legalBasis: clock.legalBasis,
    adjusted: clock.adjusted
      ? t(`adjustments.${clock.adjusted}`, {
          date: long(clock.unadjustedDate),
          safeDate: long(clock.date),
        })
      : null,
    warnings: clock.warnings.map((code) => t(`warnings.${code}`)),
    late: t(duty ? 'late.duty' : `late.${clock.id}`),
    lateLinks: {},
  }
  if (clock.laterReading) {
    presented.laterReading = {
      date: clock.laterReading.date,
      rule: t(`laterReadings.${clock.laterReading.id}`, {
        date: long(clock.unadjustedDate),
        laterDate: long(clock.laterReading.date),
      }),
    }
  }
  if (duty) {
    presented.lateLinks.routeFinder = localeHref(locale, MISSED_TIME_LIMIT_PATH)
    if (LETTER_BUILDER_PATH && LETTER_CLOCKS.has(clock.id)) {
      presented.lateLinks.letters = localeHref(locale, LETTER_BUILDER_PATH)
    }
  }
  return presented
}
