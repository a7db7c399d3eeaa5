import type { RouteTextSet } from './types'

export const en: RouteTextSet = {
  'local-resolution': {
    title: 'Talk to the school, college or council',
    summary:
      'Ask the person who made the decision to explain it, and say what you think should change. Many disagreements end here. Put what you agree in writing.',
  },
  sendiass: {
    title: 'Get free advice from SENDIASS',
    summary:
      'Your local SEND Information, Advice and Support Service gives free, impartial and confidential advice, and can help at meetings, at mediation and with appeals.',
  },
  'disagreement-resolution': {
    title: 'Disagreement resolution',
    summary:
      'A free, independent meeting to help you and the school, council or health service agree. It is voluntary and does not stop the appeal time limit.',
  },
  mediation: {
    title: 'Mediation and the mediation certificate',
    summary:
      'Contact the mediation adviser named in the decision letter. You can choose mediation, a free meeting with an independent mediator, or just ask for a certificate.',
  },
  'tribunal-appeal': {
    title: 'Appeal to the SEND Tribunal',
    summary:
      "An independent tribunal can change the council's decision. Appealing is free. Most appeals need a mediation certificate first.",
  },
  'extended-appeal': {
    title: 'Ask the Tribunal about health and social care too',
    summary:
      'When you appeal about education, the Tribunal can also make recommendations about the health and social care parts of the plan.',
  },
  'school-complaint': {
    title: 'Complain to the school or college',
    summary:
      "Use the school's or college's complaints procedure. If that does not settle it, you can go to the Department for Education.",
  },
  'council-complaint': {
    title: 'Complain to the council',
    summary:
      "Use the council's complaints procedure, for example about delays or about support in a plan not being given.",
  },
  'nhs-complaint': {
    title: 'Complain to the NHS',
    summary:
      'Complain to the health service provider, or to the integrated care board (ICB) that pays for the service.',
  },
  'childrens-social-care-complaint': {
    title: "Complain about children's social care",
    summary:
      "Children's social care has a complaints procedure with up to 3 stages, for children and young people under 18.",
  },
  'adult-social-care-complaint': {
    title: 'Complain about adult social care',
    summary:
      "For young people aged 18 or over, use the council's adult social care complaints procedure.",
  },
  'ombudsman-lgsco': {
    title: 'Local Government and Social Care Ombudsman',
    summary:
      "If the council's complaints procedure does not put things right, the Ombudsman can investigate. Complain within 12 months.",
  },
  'ombudsman-phso': {
    title: 'Parliamentary and Health Service Ombudsman',
    summary: 'If an NHS complaint does not put things right, the Ombudsman can look at it.',
  },
  'judicial-review': {
    title: 'Judicial review',
    summary:
      'A court can decide whether a decision was lawful. Act promptly and within 3 months, and get legal advice first.',
  },
  'discrimination-claim': {
    title: 'Disability discrimination claim',
    summary:
      'Claim to the SEND Tribunal within 6 months if a school has discriminated against a disabled child. You do not need a mediation certificate.',
  },
  'request-assessment': {
    title: 'Ask for an EHC needs assessment',
    summary:
      'If the support a school can give is not enough, you can ask the council to assess for an education, health and care (EHC) plan.',
  },
}
