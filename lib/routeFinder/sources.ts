import type { RouteNote } from './types'

const CFA = 'Children and Families Act 2014'
const REGS = 'SEND Regulations 2014'
const HESC = 'Tribunal Procedure (HESC) Rules 2008'
const SI_2017 = 'First-tier Tribunal Recommendations Power Regulations 2017 (SI 2017/1306)'
const LGA = 'Local Government Act 1974'
const COP = 'SEND Code of Practice 2015'
const EQA = 'Equality Act 2010'
const AGE = `${CFA}, s83(2); Education Act 1996, s8`

/**
 * The legal source of every note, shown under it as "The law: ..." and returned by the API as
 * `legalBasis`. Citations stay in English in every language, as the calculator's do.
 */
export const NOTE_SOURCES: Record<RouteNote, string> = {
  'appeal-time-limit-keeps-running': `${HESC}, r20; ${COP}, 11.8`,
  'lgsco-cannot-look-at-appealable': `${LGA}, s26(6)(a)`,
  'lgsco-can-look-at-non-delivery': `${LGA}, s26; ${CFA}, s42`,
  'section-i-only-no-certificate': `${CFA}, s55(3)`,
  'certificate-needed-beyond-section-i': `${CFA}, s55(1) to (3)`,
  'section-i-with-health-or-care-needs-certificate': `${CFA}, s55(3); ${SI_2017}`,
  'recommendations-non-binding': SI_2017,
  'extended-appeal-available': `${CFA}, s51(2)(b) to (f); ${SI_2017}`,
  'no-extended-appeal-for-refusal-to-assess': `${CFA}, s51(2)(a); ${SI_2017}`,
  'extended-appeal-needs-education-issue': SI_2017,
  'plan-continues-during-appeal': `${CFA}, s45(4)`,
  'la-responsible-for-section-f': `${CFA}, s42(2)`,
  'icb-responsible-for-section-g': `${CFA}, s42(3) and (4)`,
  'la-responsible-for-section-h': `Chronically Sick and Disabled Persons Act 1970, s2; ${COP}, 9.69`,
  'judicial-review-if-urgent': 'Civil Procedure Rules, r54.5(1)',
  'disagreement-resolution-only-during-ehc-process': `${CFA}, s57; ${COP}, 11.8`,
  'disagreement-resolution-for-health-and-care-in-plan': `${CFA}, s57; ${COP}, 11.8`,
  'request-assessment-refusal-appealable': `${CFA}, s36 and s51(2)(a)`,
  'discrimination-claim-within-6-months': `${EQA}, Sch 17 para 4`,
  'no-mediation-for-discrimination': `${CFA}, s55; ${EQA}, Sch 17`,
  'discrimination-tribunal-or-county-court': `${EQA}, s85(9), s114, s116 and Sch 17`,
  'response-due-within-5-weeks': SI_2017,
  'complain-before-ombudsman': `${LGA}, s26(5); Health Service Commissioners Act 1993, s9(5)`,
  'social-care-route-depends-on-age':
    'Children Act 1989, s26(3); Local Authority Social Services and NHS Complaints (England) Regulations 2009',
  'young-person-holds-rights': AGE,
  'rights-pass-at-end-of-year-11': AGE,
  'council-letter-may-start-2-months': `${HESC}, r20`,
  'therapy-can-be-special-educational-provision': `${CFA}, s21(5); ${COP}, 9.73 and 9.74`,
  'ask-for-therapy-in-section-f': `${CFA}, s21(5), s42(2), s51(2)(c) and (e), s54`,
  'check-the-draft-plan-for-therapy': `${REGS}, reg 13(1)`,
  'appeal-when-council-decides': `${CFA}, s51; ${HESC}, r20`,
  'therapy-with-plan-may-be-appealable': `${CFA}, s21(5) and s51(2)(c)`,
  'council-time-limits': `${REGS}, regs 5(1), 10(1) and 13(2)`,
  'missed-time-limit-complaint-deadlines': `${LGA}, s26B; Civil Procedure Rules, r54.5(1)`,
}
