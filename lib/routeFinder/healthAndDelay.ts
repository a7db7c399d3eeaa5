import { appealable, START, type Draft } from './routeParts'
import type { PlanStatus, RouteId } from './types'

const NHS: RouteId[] = ['nhs-complaint', 'ombudsman-phso']

/**
 * A health service (for example speech and language therapy) was refused. Therapy that educates
 * or trains is special educational provision (CFA s21(5); speech and language therapy usually is,
 * CoP 9.73-9.74), so with a plan it belongs in section F, which the council must secure (s42(2))
 * and which can be appealed (s51(2)(c), (e)) with mediation first (s54, s55).
 * - yes: the appeal routes, extended appeal for section G (SI 2017/1306), then NHS complaints;
 * - assessing: disagreement resolution (CoP 11.8 kind 3), check the draft plan (Regs 13);
 * - no: NHS complaints, and an EHC needs assessment, whose refusal can be appealed (s51(2)(a));
 * - not known: never "no appeal": the answer depends on the plan, and says so.
 */
export function healthServiceRefused(plan: PlanStatus | undefined): Draft {
  const therapy = 'therapy-can-be-special-educational-provision' as const
  switch (plan) {
    case 'yes': {
      const draft = appealable([therapy, 'ask-for-therapy-in-section-f'], true)
      return {
        ...draft,
        routes: [...draft.routes, ...NHS],
        notes: [...(draft.notes ?? []), 'la-responsible-for-section-f'],
      }
    }
    case 'assessing':
      return {
        routes: [...START, 'disagreement-resolution', ...NHS],
        appeal: 'not-yet',
        certificateRequired: null,
        deadlines: [],
        notes: [therapy, 'check-the-draft-plan-for-therapy', 'appeal-when-council-decides'],
      }
    case 'no':
      return {
        routes: [...START, ...NHS, 'request-assessment'],
        appeal: 'not-yet',
        certificateRequired: null,
        deadlines: [],
        notes: [therapy, 'request-assessment-refusal-appealable'],
      }
    case undefined:
      return {
        routes: [...START, 'disagreement-resolution', ...NHS],
        appeal: 'unknown',
        certificateRequired: null,
        deadlines: [],
        notes: [
          'therapy-with-plan-may-be-appealable',
          'disagreement-resolution-only-during-ehc-process',
          'council-letter-may-start-2-months',
        ],
      }
  }
}

/**
 * The council missed a legal time limit, e.g. 6 weeks to decide whether to assess (Regs 5(1)),
 * 16 weeks to decide not to issue a plan (Regs 10(1)), 20 weeks for the final plan (Regs 13(2)).
 * Delay is not appealable (facts s6): disagreement resolution (CoP 11.8 kind 1), a complaint,
 * then the LGSCO (within 12 months, LGA 1974 s26B; complaint first, s26(5)), or judicial review
 * (promptly and within 3 months, CPR 54.5(1)). The decision that follows usually is appealable.
 */
export function councilMissedTimeLimit(): Draft {
  return {
    routes: [
      ...START,
      'disagreement-resolution',
      'council-complaint',
      'ombudsman-lgsco',
      'judicial-review',
    ],
    appeal: 'not-yet',
    certificateRequired: null,
    deadlines: [],
    notes: [
      'council-time-limits',
      'appeal-when-council-decides',
      'complain-before-ombudsman',
      'missed-time-limit-complaint-deadlines',
      'judicial-review-if-urgent',
    ],
  }
}

/**
 * "I'm not sure what it is about": we cannot tell whether there is an appeal, so we never say
 * there is none. A council letter about an EHC assessment or plan may have started the 2-month
 * appeal time limit (HESC Rules r20), so the appeal deadlines are shown as ones that may apply.
 */
export function notSure(): Draft {
  return {
    routes: [...START],
    appeal: 'unknown',
    certificateRequired: null,
    deadlines: ['contactAdviser', 'appeal'],
    notes: ['council-letter-may-start-2-months', 'appeal-time-limit-keeps-running'],
  }
}
