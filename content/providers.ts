import type { Payload } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import type { LocalAuthority, Provider } from '@/payload-types'

import localAuthorities from './data/local-authorities.json' with { type: 'json' }
import providers from './data/providers.json' with { type: 'json' }
import translations from './data/providers.translations.json' with { type: 'json' }

// Seed writes happen outside a Next.js request: nothing to revalidate.
const context = { disableRevalidate: true }

type ProviderSeed = (typeof providers)[number]

/** Creates any council missing by ONS code; editors' changes to existing ones are kept. */
export async function seedLocalAuthorities(
  payload: Payload,
): Promise<Map<string, LocalAuthority['id']>> {
  const { docs } = await payload.find({
    collection: 'local-authorities',
    select: { code: true },
    depth: 0,
    pagination: false,
  })
  const ids = new Map(docs.map((doc) => [doc.code, doc.id]))
  for (const council of localAuthorities) {
    if (ids.has(council.code)) continue
    const created = await payload.create({
      collection: 'local-authorities',
      context,
      data: { ...council, region: council.region as LocalAuthority['region'] },
    })
    ids.set(council.code, created.id)
  }
  return ids
}

function providerData(seed: ProviderSeed, councilIds: Map<string, LocalAuthority['id']>) {
  const areas = seed.areas.map((code) => {
    const id = councilIds.get(code)
    if (!id) throw new Error(`${seed.slug}: unknown council code ${code}`)
    return id
  })
  return {
    uuid: seed.id,
    slug: seed.slug,
    name: seed.name,
    kind: seed.kind as Provider['kind'],
    description: seed.description,
    eligibility: seed.eligibility,
    servicesOffered: seed.servicesOffered as Provider['servicesOffered'],
    areas,
    contact: seed.contact,
    acceptsCallbacks: seed.acceptsCallbacks,
    status: seed.status as Provider['status'],
    lastVerified: seed.lastVerified,
    _status: 'published' as const,
  }
}

/**
 * Seeds the councils and the example providers into an empty database (seedRunner.seed). Only
 * records missing by their stable key (ONS code, provider UUID) are created.
 */
export async function seedProviders(payload: Payload): Promise<number> {
  const councilIds = await seedLocalAuthorities(payload)
  const { docs } = await payload.find({
    collection: 'providers',
    select: { uuid: true },
    depth: 0,
    pagination: false,
    draft: true,
  })
  const existing = new Set(docs.map((doc) => doc.uuid))
  const missing = providers.filter((seed) => !existing.has(seed.id))
  for (const seed of missing) {
    const created = await payload.create({
      collection: 'providers',
      locale: defaultLocale,
      context,
      data: providerData(seed, councilIds),
    })
    await seedTranslations(payload, created.id, seed)
  }
  return missing.length
}

type Translation = {
  description: string
  eligibility: string
  openingHours?: string
  bankHolidayNote?: string
}

/** The providers' own texts in the other languages (content/data/providers.translations.json). */
async function seedTranslations(payload: Payload, id: Provider['id'], seed: ProviderSeed) {
  const byLocale = (translations as Record<string, Record<string, Translation>>)[seed.slug] ?? {}
  for (const [locale, text] of Object.entries(byLocale)) {
    if (!isLocale(locale)) throw new Error(`${seed.slug}: unknown locale ${locale}`)
    const { openingHours, bankHolidayNote, ...rest } = text
    await payload.update({
      collection: 'providers',
      id,
      locale,
      context,
      data: {
        ...rest,
        contact: { ...seed.contact, openingHours, bankHolidayNote },
        _status: 'published',
      },
    })
  }
}
