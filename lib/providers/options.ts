/** The nine English regions that group the 153 upper-tier councils (ONS order). */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
] as const
export type Region = (typeof REGIONS)[number]

export const PROVIDER_KINDS = [
  'mediation',
  'disagreement-resolution',
  'sendiass',
  'council-team',
] as const
export type ProviderKind = (typeof PROVIDER_KINDS)[number]

export const PROVIDER_STATUSES = ['active', 'temporarily-closed', 'inactive'] as const
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number]

export const SERVICES_OFFERED = [
  'mediation-advice',
  'mediation-certificates',
  'mediation',
  'disagreement-resolution',
  'information-advice-support',
  'complaints',
] as const
export type ServiceOffered = (typeof SERVICES_OFFERED)[number]

/** Whether `value` is one of PROVIDER_KINDS (a query-string or CMS value); narrows it. */
export function isProviderKind(value: unknown): value is ProviderKind {
  return typeof value === 'string' && (PROVIDER_KINDS as readonly string[]).includes(value)
}

/** Options for Payload select fields, labelled with the value (editors see the stored word). */
export function selectOptions(values: readonly string[]) {
  return values.map((value) => ({ label: value, value }))
}
