import { ROUTES } from '@/lib/routes/publicRoutes'

import type { EhcActor } from './ehc'

/**
 * "Late? Here is what you can do": the route finder's situation "the council has missed a legal
 * time limit", at its age question (the next step after choosing that situation). Missed statutory
 * time limits are not appealable; the routes are a complaint, the ombudsman and judicial review.
 */
export const MISSED_TIME_LIMIT_PATH = `${ROUTES.routeFinderAge}?about=council-missed-time-limit`

/**
 * The letter builder's complaint about a missed time limit (lib/letters): the letter a family
 * sends when the council has not decided whether to assess within 6 weeks (SEND Regulations
 * 2014, reg 5(1)) or has not issued the final plan within 20 weeks (reg 13(2)), the two limits
 * that letter covers.
 */
export const LETTER_BUILDER_PATH: string | null = `${ROUTES.letters}/missed-time-limit`

/** The clocks (lib/deadlines/ehc.ts ids) the missed-time-limit letter is written for. */
export const LETTER_CLOCKS: ReadonlySet<string> = new Set(['assessmentDecision', 'finalPlan'])

/** Whose lateness the route finder's "missed time limit" situation covers. */
export const isDuty = (actor: EhcActor): boolean => actor !== 'family'
