import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'
import { loadOpenReferralProviders } from '@/lib/openReferral/load'
import {
  apiInfo,
  serviceAtLocationById,
  serviceAtLocationsList,
  serviceById,
  servicesList,
  taxonomiesList,
  taxonomyById,
  taxonomyTermById,
  taxonomyTermsList,
} from '@/lib/openReferral/responses'
import type { ProviderRecord } from '@/lib/openReferral/services'
import { TAXONOMY_ID, termIdFor } from '@/lib/openReferral/taxonomy'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const SITE = 'https://local-offer.example.org'

// The official schemas carry Table Schema keywords (name, constraints...) that strict Ajv rejects.
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
const schema = (name: string) =>
  JSON.parse(fs.readFileSync(path.resolve('tests/schemas/oruk-3.0', `${name}.json`), 'utf8'))
const validate = {
  service: ajv.compile(schema('service')),
  serviceListItem: ajv.compile(schema('service_list')),
  serviceAtLocationListItem: ajv.compile(schema('service_at_location_list')),
}

function expectValid(check: (typeof validate)[keyof typeof validate], data: unknown) {
  const ok = check(data)
  expect(check.errors ?? [], JSON.stringify(data).slice(0, 300)).toEqual([])
  expect(ok).toBe(true)
}

type Page = { total_items: number; contents: Record<string, unknown>[] }

/** Every path in an answer whose value is null or empty (the reference validator flags them). */
function emptyPaths(value: unknown, path = '$'): string[] {
  if (value === null || value === undefined) return [path]
  if (typeof value === 'string') return value.trim() === '' ? [path] : []
  if (Array.isArray(value)) {
    // The list envelope's contents is required, so an empty page keeps it.
    if (value.length === 0) return path === '$.contents' ? [] : [path]
    return value.flatMap((item, i) => emptyPaths(item, `${path}[${i}]`))
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return [path]
    return entries.flatMap(([key, item]) => emptyPaths(item, `${path}.${key}`))
  }
  return []
}

const PAGE_FIELDS = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
  'contents',
]

let providers: ProviderRecord[] = []

beforeAll(async () => {
  await seed(db.payload)
  providers = await loadOpenReferralProviders(db.payload)
})

describe('Open Referral UK responses built from the seeded providers', () => {
  it('lists every published active provider, each valid against service_list.json', () => {
    const { status, body } = servicesList(providers, new URLSearchParams(), SITE)
    expect(status).toBe(200)
    const page = body as Page
    expect(page.total_items).toBe(7)
    for (const item of page.contents) expectValid(validate.serviceListItem, item)
  })

  it('returns each full service valid against service.json', () => {
    for (const provider of providers) {
      const { status, body } = serviceById(providers, provider.uuid, SITE)
      expect(status).toBe(200)
      expectValid(validate.service, body)
    }
    const sefton = serviceById(providers, '7eaa302a-aa33-4b83-846d-dda21443bdd1', SITE)
    expect(sefton.body).toMatchObject({ service_areas: [{ extent: 'E08000014', name: 'Sefton' }] })
    // A provider with an address gives it in Open Referral's structured fields.
    const team = providers.find((p) => p.slug === 'sefton-council-customer-response-team')!
    expect(serviceById(providers, team.uuid, SITE).body).toMatchObject({
      service_at_locations: [
        {
          location: {
            location_type: 'physical',
            addresses: [{ city: 'Bootle', postal_code: 'L20 3NJ', country: 'GB' }],
          },
        },
      ],
    })
  })

  it('lists and finds service_at_locations valid against service_at_location_list.json', () => {
    const { body } = serviceAtLocationsList(providers, new URLSearchParams(), SITE)
    const page = body as Page
    expect(page.total_items).toBe(7)
    for (const item of page.contents) {
      expectValid(validate.serviceAtLocationListItem, item)
      const one = serviceAtLocationById(providers, item.id as string, SITE)
      expect(one.status).toBe(200)
      expectValid(validate.serviceAtLocationListItem, one.body)
    }
  })

  it('filters by search and taxonomy term, and pages', () => {
    const byText = servicesList(providers, new URLSearchParams('search=sefton'), SITE)
    expect((byText.body as Page).total_items).toBe(2)
    const sendiass = new URLSearchParams({ taxonomy_term_id: termIdFor('sendiass') })
    expect((servicesList(providers, sendiass, SITE).body as Page).total_items).toBe(1)
    const second = servicesList(providers, new URLSearchParams('per_page=5&page=2'), SITE)
    expect(second.body).toMatchObject({ page_number: 2, size: 2, last_page: true })
  })

  it('answers the nine endpoints with no null or empty field and complete pagination', () => {
    const params = (query = '') => new URLSearchParams(query)
    const service = providers[0]!
    const lists = {
      services: servicesList(providers, params(), SITE),
      servicesPage2: servicesList(providers, params('per_page=3&page=2'), SITE),
      servicesBeyondEnd: servicesList(providers, params('per_page=3&page=9'), SITE),
      serviceAtLocations: serviceAtLocationsList(providers, params(), SITE),
      taxonomies: taxonomiesList(params()),
      taxonomyTerms: taxonomyTermsList(params()),
    }
    const sal = (lists.serviceAtLocations.body as Page).contents[0]!
    const singles = {
      root: apiInfo(SITE),
      service: serviceById(providers, service.uuid, SITE),
      serviceAtLocation: serviceAtLocationById(providers, sal.id as string, SITE),
      taxonomy: taxonomyById(TAXONOMY_ID),
      taxonomyTerm: taxonomyTermById(termIdFor('mediation')),
    }
    for (const [name, { status, body }] of Object.entries({ ...lists, ...singles })) {
      expect(status, name).toBe(200)
      expect(emptyPaths(body), name).toEqual([])
    }
    for (const [name, { body }] of Object.entries(lists)) {
      const page = body as Page & Record<string, unknown>
      expect(Object.keys(page).sort(), name).toEqual([...PAGE_FIELDS].sort())
      expect(page.size, name).toBe(page.contents.length)
      expect(page.empty, name).toBe(page.contents.length === 0)
      expect(page.first_page, name).toBe(page.page_number === 1)
      expect(page.last_page, name).toBe(
        (page.page_number as number) >= (page.total_pages as number),
      )
    }
    expect(lists.servicesPage2.body).toMatchObject({
      total_items: 7,
      total_pages: 3,
      page_number: 2,
      size: 3,
      first_page: false,
      last_page: false,
      empty: false,
    })
    expect(lists.servicesBeyondEnd.body).toMatchObject({ size: 0, empty: true, contents: [] })
    expect(singles.root.body).toEqual({
      version: 'HSDS-UK-3.0',
      profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
      openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
      endpoints: expect.arrayContaining([`${SITE}/openreferral/services`]),
    })
  })

  it('leaves out null and empty optional fields instead of sending them', () => {
    const bare = {
      ...providers[0]!,
      contact: { email: null, website: '', address: null },
      areas: [],
    } as unknown as ProviderRecord
    const detail = serviceById([bare], bare.uuid, SITE).body as Record<string, unknown>
    expect(emptyPaths(detail)).toEqual([])
    expect(detail).not.toHaveProperty('email')
    expect(detail).not.toHaveProperty('service_areas')
    expectValid(validate.service, detail)
    const listed = (servicesList([bare], new URLSearchParams(), SITE).body as Page).contents[0]
    expect(emptyPaths(listed)).toEqual([])
    expectValid(validate.serviceListItem, listed)
  })

  it('leaves out drafts and providers that are not active', async () => {
    const [first] = providers
    await db.payload.update({
      collection: 'providers',
      where: { uuid: { equals: first!.uuid } },
      data: { status: 'inactive' },
      context: { disableRevalidate: true },
    })
    await db.payload.create({
      collection: 'providers',
      draft: true,
      context: { disableRevalidate: true },
      data: {
        name: 'Unpublished mediation',
        slug: 'unpublished-mediation',
        kind: 'mediation',
        description: 'Draft',
        lastVerified: '2026-01-01',
        _status: 'draft',
      },
    })
    const now = await loadOpenReferralProviders(db.payload)
    expect(now.map((p) => p.uuid)).not.toContain(first!.uuid)
    expect(now.map((p) => p.name)).not.toContain('Unpublished mediation')
    expect(serviceById(now, first!.uuid, SITE).status).toBe(404)
  })
})
