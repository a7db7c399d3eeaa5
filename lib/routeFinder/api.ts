import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import type { RouteTextMap } from '@/lib/routeFinder/texts/query'
import {
  findRoutes,
  NOT_SURE,
  NOTE_SOURCES,
  parseRouteFinderQuery,
  PLAN_SECTIONS,
  PLAN_STATUSES,
  SITUATIONS,
  YEAR_11_STATUSES,
  type AppealStatus,
  type RouteFinderFieldError,
  type RouteFinderResult,
  type RouteId,
  type RouteNote,
} from '@/lib/routeFinder'
import { ROUTES } from '@/lib/routes/publicRoutes'

import type { ApiResult } from '@/lib/deadlines/api'
import { parseLocaleParam, translator, type Translate } from '@/lib/api/translator'

export type RouteAnswer = {
  id: RouteId
  title: string
  summary: string
  href: string
  deadline?: string
}
/** A caveat: its sentence, its legal source (English citation), and a link where one helps. */
export type NoteAnswer = { id: RouteNote; text: string; legalBasis: string; href?: string }
export type DeadlineAnswer = { id: RouteFinderResult['deadlines'][number]; text: string }
export type RouteFinderBody = {
  routes: RouteAnswer[]
  /** Whether the family can appeal, with the sentence that says so (never "no" when unsure). */
  appeal: { status: AppealStatus; text: string }
  certificateRequired: boolean | null
  /** Every caveat and time limit, in the requested language, so other sites keep them. */
  deadlines: DeadlineAnswer[]
  notes: NoteAnswer[]
}

// Notes that point the family to the calculator: a council letter may have started the clock.
const NOTE_LINKS: Partial<Record<RouteNote, string>> = {
  'council-letter-may-start-2-months': `/${ROUTES.deadlineCalculator}`,
  'appeal-when-council-decides': `/${ROUTES.deadlineCalculator}`,
}

/**
 * An appeal needing no certificate (section I only, CFA s55(3)) has no "1 month after the
 * certificate" extension (HESC r20): its time limit is told without one.
 */
const placementOnly = (result: RouteFinderResult) =>
  result.appeal === 'available' && result.certificateRequired === false

/** Which time limit to show beside a route, given the deadlines that apply to the situation. */
function deadlineKey(id: RouteId, result: RouteFinderResult): string | null {
  const { deadlines } = result
  switch (id) {
    case 'tribunal-appeal':
      if (!deadlines.includes('appeal')) return null
      return placementOnly(result) ? 'tribunal-appeal-placement-only' : 'tribunal-appeal'
    case 'mediation':
      if (deadlines.includes('contactAdviser')) return 'mediation-adviser'
      return deadlines.includes('mediation') ? 'mediation-council' : null
    case 'discrimination-claim':
    case 'ombudsman-lgsco':
    case 'judicial-review':
      return id
    default:
      return null
  }
}

/** The routes in order, in the reader's language, with links into this site. */
export function presentRoutes(
  result: RouteFinderResult,
  texts: RouteTextMap,
  locale: Locale,
  t: Translate,
): RouteAnswer[] {
  return result.routes.map((id) => {
    const { title, summary, href } = texts[id]
    const answer: RouteAnswer = { id, title, summary, href: localeHref(locale, href) }
    const key = deadlineKey(id, result)
    if (key) answer.deadline = t(`routeDeadlines.${key}`)
    return answer
  })
}

/** The message key of the appeal and certificate sentence for a result. */
export function appealTextKey(result: RouteFinderResult): string {
  switch (result.appeal) {
    case 'available':
      return result.certificateRequired ? 'certificateTrue' : 'certificateFalse'
    case 'not-available':
      return 'certificateNull'
    case 'not-yet':
      return 'certificateNotYet'
    case 'unknown':
      return 'certificateUnknown'
  }
}

/** The notes in the reader's language, with a link into this site where one helps. */
export function presentNotes(result: RouteFinderResult, locale: Locale, t: Translate) {
  return result.notes.map((id): NoteAnswer => {
    const href = NOTE_LINKS[id]
    const text = t(`notes.${id}`)
    return {
      id,
      text,
      legalBasis: NOTE_SOURCES[id],
      ...(href && { href: localeHref(locale, href) }),
    }
  })
}

/** The whole answer in the reader's language: what the API returns and the page shows. */
export function presentResult(
  result: RouteFinderResult,
  texts: RouteTextMap,
  locale: Locale,
  t: Translate,
): RouteFinderBody {
  return {
    routes: presentRoutes(result, texts, locale, t),
    appeal: { status: result.appeal, text: t(appealTextKey(result)) },
    certificateRequired: result.certificateRequired,
    deadlines: result.deadlines.map((id) => ({
      id,
      text: t(`deadlines.${id === 'appeal' && placementOnly(result) ? 'appealPlacementOnly' : id}`),
    })),
    notes: presentNotes(result, locale, t),
  }
}

/**
 * The message for one invalid route finder answer in the reader's language: the key
 * `apiErrors.<field>.<code>` of the RouteFinder messages, given the lists of accepted values
 * (situations, plan sections, plan statuses, Year 11 statuses) to name in the sentence.
 */
export function routeFinderErrorMessage(error: RouteFinderFieldError, t: Translate): string {
  return t(`apiErrors.${error.field}.${error.code}`, {
    situations: [...SITUATIONS, NOT_SURE].join(', '),
    sections: PLAN_SECTIONS.join(', '),
    plans: PLAN_STATUSES.join(', '),
    year11: YEAR_11_STATUSES.join(', '),
  })
}

/** The HTTP answer of GET /api/route-finder; route texts come from the injected loader. */
export async function routeFinderResponse(
  params: URLSearchParams,
  loadTexts: (locale: Locale) => Promise<RouteTextMap>,
): Promise<ApiResult<RouteFinderBody>> {
  const requested = parseLocaleParam(params.get('locale'))
  const locale = requested ?? 'en'
  const t = await translator(locale, 'RouteFinder')
  if (requested === null) {
    const message = (await translator(locale, 'Deadlines'))('errors.locale')
    return { status: 400, body: { errors: [{ field: 'locale', message }] }, locale }
  }
  const parsed = parseRouteFinderQuery({
    about: params.getAll('about'),
    sections: params.getAll('sections'),
    age: params.getAll('age'),
    plan: params.getAll('plan'),
    year11: params.getAll('year11'),
  })
  if (!parsed.ok) {
    const errors = parsed.errors.map((error) => ({
      field: error.field,
      message: routeFinderErrorMessage(error, t),
    }))
    return { status: 400, body: { errors }, locale }
  }
  const result = findRoutes(parsed.value)
  return { status: 200, body: presentResult(result, await loadTexts(locale), locale, t), locale }
}
