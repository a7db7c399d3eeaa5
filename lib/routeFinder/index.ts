export { findRoutes } from './findRoutes'
export {
  parseRouteFinderQuery,
  ROUTE_FINDER_ERROR_CODES,
  type RouteFinderErrorCode,
  type RouteFinderFieldError,
  type RouteFinderQuery,
} from './parse'
export {
  EDUCATION_SECTIONS,
  HEALTH_SECTIONS,
  PLAN_SECTIONS,
  ROUTE_IDS,
  ROUTE_NOTES,
  SITUATIONS,
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_SECTIONS,
  SOCIAL_CARE_SECTIONS,
  type PlanSection,
  type RouteFinderInput,
  type RouteFinderResult,
  type RouteId,
  type RouteNote,
  type Situation,
} from './types'
