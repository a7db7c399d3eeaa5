import type { EhcActor } from './ehc'

/**
 * "Late? Here is what you can do": the route finder's situation "the council has missed a legal
 * time limit", at its age question (the next step after choosing that situation). Missed statutory
 * time limits are not appealable; the routes are a complaint, the ombudsman and judicial review.
 */
export const MISSED_TIME_LIMIT_PATH = 'route-finder/age?about=council-missed-time-limit'

/**
 * The letter builder's complaint about a missed time limit (6 or 20 weeks, lib/letters): the
 * letter a family sends when a council duty's date has passed.
 */
export const LETTER_BUILDER_PATH: string | null = 'letters/missed-time-limit'

/** Whose lateness the route finder's "missed time limit" situation covers. */
export const isDuty = (actor: EhcActor): boolean => actor !== 'family'
