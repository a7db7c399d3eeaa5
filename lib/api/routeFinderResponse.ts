import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import type { RouteTextMap } from '@/lib/queries/routeTexts'
import {
  findRoutes,
  parseRouteFinderQuery,
  PLAN_SECTIONS,
  SITUATIONS,
  type RouteFinderFieldError,
  type RouteFinderResult,
  type RouteId,
} from '@/lib/routeFinder'

import type { ApiResult } from './deadlinesResponse'
import { apiTranslator, parseLocaleParam, type Translate } from './translator'

export type RouteAnswer = {
  id: RouteId
  title: string
  summary: string
  href: string
  deadline?: string
}
export type RouteFinderBody = { routes: RouteAnswer[]; certificateRequired: boolean | null }

/** Which time limit to show beside a route, given the deadlines that apply to the situation. */
function deadlineKey(id: RouteId, deadlines: RouteFinderResult['deadlines']): string | null {
  switch (id) {
    case 'tribunal-appeal':
      return deadlines.includes('appeal') ? 'tribunal-appeal' : null
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
    const key = deadlineKey(id, result.deadlines)
    if (key) answer.deadline = t(`routeDeadlines.${key}`)
    return answer
  })
}

export function routeFinderErrorMessage(error: RouteFinderFieldError, t: Translate): string {
  return t(`apiErrors.${error.field}.${error.code}`, {
    situations: SITUATIONS.join(', '),
    sections: PLAN_SECTIONS.join(', '),
  })
}

/** The HTTP answer of GET /api/route-finder; route texts come from the injected loader. */
export async function routeFinderResponse(
  params: URLSearchParams,
  loadTexts: (locale: Locale) => Promise<RouteTextMap>,
): Promise<ApiResult<RouteFinderBody>> {
  const requested = parseLocaleParam(params.get('locale'))
  const locale = requested ?? 'en'
  const t = apiTranslator(locale, 'RouteFinder')
  if (requested === null) {
    const message = apiTranslator(locale, 'Deadlines')('errors.locale')
    return { status: 400, body: { errors: [{ field: 'locale', message }] }, locale }
  }
  const parsed = parseRouteFinderQuery({
    about: params.getAll('about'),
    sections: params.getAll('sections'),
    age: params.getAll('age'),
  })
  if (!parsed.ok) {
    const errors = parsed.errors.map((error) => ({
      field: error.field,
      message: routeFinderErrorMessage(error, t),
    }))
    return { status: 400, body: { errors }, locale }
  }
  const result = findRoutes(parsed.value)
  const routes = presentRoutes(result, await loadTexts(locale), locale, t)
  return { status: 200, body: { routes, certificateRequired: result.certificateRequired }, locale }
}
