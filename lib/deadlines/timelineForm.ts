import {
  calculateDeadlines,
  calculateEhcDeadlines,
  type DeadlineResult,
  type EhcDeadline,
  type EhcInputField,
  type WorkingDayCalendar,
} from '@/lib/deadlines'
import {
  queryValue,
  readDateInput,
  type DateInputPart,
  type DateInputValue,
} from '@/lib/forms/dateInput'

type Search = Record<string, string | string[] | undefined>

/**
 * Where a family can be in the process, in the order things usually happen; each is the date
 * one clock or more counts from. 'decision' is a council decision that can be appealed (the
 * appeal calculator's clocks); the others are the EHC clocks of lib/deadlines/ehc.ts.
 */
export const TIMELINE_STAGES = [
  'request',
  'draftPlan',
  'reviewMeeting',
  'amendmentNotice',
  'decision',
  'recommendation',
  'ombudsmanNoticed',
  'unlawfulAct',
  'discrimination',
] as const
export type TimelineStage = (typeof TIMELINE_STAGES)[number]

/** What can happen next, to offer as the following stage of the timeline. */
export const NEXT_STAGES: Record<TimelineStage, TimelineStage[]> = {
  request: ['draftPlan', 'decision', 'ombudsmanNoticed'],
  draftPlan: ['decision', 'ombudsmanNoticed'],
  reviewMeeting: ['amendmentNotice', 'decision', 'ombudsmanNoticed'],
  amendmentNotice: ['decision', 'ombudsmanNoticed'],
  decision: ['recommendation'],
  recommendation: ['ombudsmanNoticed', 'unlawfulAct'],
  ombudsmanNoticed: [],
  unlawfulAct: [],
  discrimination: [],
}

export type TimelineEntry =
  | { kind: 'appeal'; key: 'contactAdviser' | 'appeal'; date: string; result: DeadlineResult }
  | { kind: 'ehc'; key: string; date: string; result: EhcDeadline }

export type TimelineError =
  | { field: 'stage'; kind: 'required' }
  | { field: 'date'; kind: 'incomplete' | 'invalid'; parts: DateInputPart[] }
  | { field: 'date'; kind: 'out-of-range' }

export interface TimelineState {
  submitted: boolean
  stage?: TimelineStage
  value: DateInputValue
  /** The date as YYYY-MM-DD once valid: the parameter the JSON API and the .ics take. */
  iso?: string
  errors: TimelineError[]
  /** Every clock the stage starts, in date order. */
  entries: TimelineEntry[]
}

const isStage = (value: string): value is TimelineStage =>
  (TIMELINE_STAGES as readonly string[]).includes(value)

/** The clocks one stage starts on one date, in date order (ties keep the statutory order). */
export function timelineEntries(
  stage: TimelineStage,
  iso: string,
  calendar: WorkingDayCalendar,
): TimelineEntry[] {
  if (stage === 'decision') {
    const { deadlines } = calculateDeadlines({ decision: iso }, calendar)
    return (['contactAdviser', 'appeal'] as const)
      .map((key) => ({
        kind: 'appeal' as const,
        key,
        date: deadlines[key]!.date,
        result: deadlines[key]!,
      }))
      .sort((a, b) => a.date.localeCompare(b.date))
  }
  const field: EhcInputField = stage
  return calculateEhcDeadlines({ [field]: iso }, calendar).map((result) => ({
    kind: 'ehc' as const,
    key: result.id,
    date: result.date,
    result,
  }))
}

/**
 * Reads the timeline's GET form (`stage`, and `date-day`, `date-month`, `date-year`, or an ISO
 * `date` from a shared link), checks it and works out the clocks. Pure; never throws.
 */
export function evaluateTimeline(search: Search, calendar: WorkingDayCalendar): TimelineState {
  const stageValue = queryValue(search, 'stage')
  const reading = readDateInput(search, 'date')
  // A link with only a stage (the "after that" links) preselects it: the form, not errors.
  const submitted = Object.keys(search).some((key) => key.startsWith('date'))
  const state: TimelineState = { submitted, value: reading.value, errors: [], entries: [] }
  if (isStage(stageValue)) state.stage = stageValue
  if (!submitted) return state
  if (!state.stage) state.errors.push({ field: 'stage', kind: 'required' })

  // The boxes, or an ISO `date` from a shared link when all three are empty.
  if (reading.iso) state.iso = reading.iso
  else if (reading.missing.length > 0) {
    state.errors.push({ field: 'date', kind: 'incomplete', parts: reading.missing })
  } else state.errors.push({ field: 'date', kind: 'invalid', parts: reading.wrong })
  if (state.iso && !calendar.isCovered(state.iso)) {
    state.errors.push({ field: 'date', kind: 'out-of-range' })
    state.iso = undefined
  }
  if (state.errors.length === 0 && state.stage && state.iso) {
    state.entries = timelineEntries(state.stage, state.iso, calendar)
  }
  return state
}
