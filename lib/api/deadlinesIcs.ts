import type { Locale } from '@/i18n/locales'
import { DEADLINE_IDS, type DeadlineResult, type WorkingDayCalendar } from '@/lib/deadlines'

import { computeDeadlines, presentDeadline } from './deadlinesResponse'
import { buildIcs, type CalendarEvent } from './ics'
import { apiTranslator } from './translator'

type IcsResult =
  | { status: 200; ics: string; locale: Locale }
  | { status: 400; body: { errors: { field: string; message: string }[] }; locale: Locale }

/** The computed deadlines (and the mediation follow-up) as calendar events, in date order. */
export function deadlinesIcs(
  params: URLSearchParams,
  calendar: WorkingDayCalendar,
  now = new Date(),
): IcsResult {
  const computed = computeDeadlines(params, calendar)
  const { locale } = computed
  if (!computed.ok) return { status: 400, body: { errors: computed.errors }, locale }
  const t = apiTranslator(locale, 'Deadlines')
  const event = (result: DeadlineResult, titleKey: string): CalendarEvent => {
    const presented = presentDeadline(result, t, locale)
    const description = [presented.rule, presented.adjusted, ...presented.warnings, t('icsAdvice')]
    return {
      uid: `${result.date}-${titleKey}@send-local-offer`,
      date: result.date,
      summary: t(`titles.${titleKey}`),
      description: description.filter(Boolean).join('\n\n'),
    }
  }
  const events: CalendarEvent[] = []
  for (const id of DEADLINE_IDS) {
    const result = computed.deadlines[id]
    if (!result) continue
    events.push(event(result, id))
    if (result.followUp) events.push(event(result.followUp, 'mediationCertificate'))
  }
  events.sort((a, b) => a.date.localeCompare(b.date))
  return { status: 200, ics: buildIcs(events, t('icsName'), now), locale }
}
