import type { EhcActor } from './ehc'

/**
 * "Late? Here is what you can do": the route finder's situation "the council has missed a legal
 * time limit", at its age question (the next step after choosing that situation). Missed statutory
 * time limits are not appealable; the routes are a complaint, the ombudsman and judicial review.
 */
export const MISSED_TIME_LIMIT_PATH = 'route-finder/age?about=council-missed-time-limit'

/**
 * The letter builder (issue 14) is being built on another branch. Set this to its path
 * (e.g. 'letters') once it is merged; while it is null no page links to it, so nothing breaks.
 */
export const LETTER_BUILDER_PATH: string | null = null

/** Whose lateness the route finder's "missed time limit" situation covers. */
export const isDuty = (actor: EhcActor): boolean => actor !== 'family'
