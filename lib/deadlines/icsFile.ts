import type { Locale } from '@/i18n/locales'
import { DEADLINE_IDS, type DeadlineResult, type WorkingDayCalendar } from '@/lib/deadlines'

import { computeDeadlines, presentDeadline } from '@/lib/deadlines/api'
import { presentEhcDeadline } from '@/lib/deadlines/ehcApi'
import { buildIcs, type CalendarEvent } from '@/lib/deadlines/ics'
import { translator } from '@/lib/api/translator'

/** A week and a day before the safe date. */
export const REMIND_DAYS_BEFORE = [7, 1]
const FAMILY_ACTS = new Set(['appeal', 'contactAdviser'])

type IcsResult =
  | { status: 200; ics: string; locale: Locale }
  | { status: 400; body: { errors: { field: string; message: string }[] }; locale: Locale }

/**
 * The computed deadlines (and the mediation follow-up) and the EHC process clocks as all-day
 * calendar events on their safe dates, in date order; the family's own last days (the appeal, the
 * adviser contact, comments on a draft, the ombudsman, judicial review, a discrimination claim)
 * carry reminders a week and a day before.
 */
export async function deadlinesIcs(
  params: URLSearchParams,
  calendar: WorkingDayCalendar,
  now = new Date(),
): Promise<IcsResult> {
  const computed = await computeDeadlines(params, calendar)
  const { locale } = computed
  if (!computed.ok) return { status: 400, body: { errors: computed.errors }, locale }
  const t = await translator(locale, 'Deadlines')
  const te = await translator(locale, 'EhcDeadlines')
  const event = (result: DeadlineResult, titleKey: string): CalendarEvent => {
    const presented = presentDeadline(result, t, locale)
    const description = [
      presented.rule,
      presented.adjusted,
      presented.laterReading?.rule,
      ...presented.warnings,
      presented.lateAppeal,
      t('icsAdvice'),
    ]
    const summary = t(`titles.${titleKey}`)
    return {
      uid: `${result.date}-${titleKey}@send-local-offer`,
      date: result.date,
      summary,
      description: description.filter(Boolean).join('\n\n'),
      // The family's own deadlines get reminders; the others are duties of the council or adviser.
      ...(FAMILY_ACTS.has(titleKey) && {
        remindDaysBefore: REMIND_DAYS_BEFORE,
        reminderText: summary,
      }),
    }
  }
  const events: CalendarEvent[] = []
  for (const id of DEADLINE_IDS) {
    const result = computed.deadlines[id]
    if (!result) continue
    events.push(event(result, id))
    if (result.followUp) events.push(event(result.followUp, 'mediationCertificate'))
  }
  for (const clock of computed.ehc) {
    const presented = presentEhcDeadline(clock, te, locale)
    const description = [
      presented.who,
      presented.rule,
      presented.adjusted,
      presented.laterReading?.rule,
      ...presented.warnings,
      presented.late,
      `${clock.legalBasis}`,
      t('icsAdvice'),
    ]
    events.push({
      uid: `${clock.date}-${clock.id}@send-local-offer`,
      date: clock.date,
      summary: presented.title,
      description: description.filter(Boolean).join('\n\n'),
      // The family's own last days get reminders; the others are duties of the council or others.
      ...(clock.actor === 'family' && {
        remindDaysBefore: REMIND_DAYS_BEFORE,
        reminderText: presented.title,
      }),
    })
  }
  events.sort((a, b) => a.date.localeCompare(b.date))
  return { status: 200, ics: buildIcs(events, t('icsName'), now), locale }
}
