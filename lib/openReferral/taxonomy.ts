import { PROVIDER_KINDS, type ProviderKind } from '@/lib/providers/options'

import { PORTAL_NAMESPACE, uuidV5 } from './uuid'

export const TAXONOMY_ID = uuidV5(PORTAL_NAMESPACE, 'taxonomy:send-disagreement-services')

const TERM_TEXT: Record<ProviderKind, [string, string]> = {
  mediation: ['Mediation', 'SEND mediation advice, certificates and mediation meetings.'],
  'disagreement-resolution': [
    'Disagreement resolution',
    'Independent disagreement resolution between families, councils, schools and health services.',
  ],
  sendiass: [
    'SEND information, advice and support',
    'Impartial, free and confidential advice on special educational needs (SENDIASS).',
  ],
  'council-team': [
    'Council SEN or complaints team',
    'The council team to contact first about a disagreement or complaint.',
  ],
}

/**
 * The taxonomy term id of a provider kind: a name-based UUID (v5), the same on every deployment
 * and in every response, so other services can store it.
 */
export const termIdFor = (kind: ProviderKind) => uuidV5(PORTAL_NAMESPACE, `taxonomy-term:${kind}`)

/**
 * The portal's one Open Referral taxonomy (id TAXONOMY_ID, name, description, version "1"): the
 * kinds of service that help with SEND disagreements.
 */
export function taxonomy() {
  return {
    id: TAXONOMY_ID,
    name: 'SEND disagreement services',
    description: 'The kinds of service that help families resolve SEND disagreements in England.',
    version: '1',
  }
}

/**
 * The Open Referral taxonomy term of a provider kind: its id (termIdFor), `code` (the kind itself),
 * English name and description, and `taxonomy_id`.
 */
export function taxonomyTerm(kind: ProviderKind) {
  const [name, description] = TERM_TEXT[kind]
  return { id: termIdFor(kind), code: kind, name, description, taxonomy_id: TAXONOMY_ID }
}

/** Every taxonomy term, one per provider kind, in PROVIDER_KINDS order. */
export const taxonomyTerms = () => PROVIDER_KINDS.map(taxonomyTerm)
