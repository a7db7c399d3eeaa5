import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'
import { loadOpenReferralProviders } from '@/lib/openReferral/load'
import {
  serviceAtLocationById,
  serviceAtLocationsList,
  serviceById,
  servicesList,
} from '@/lib/openReferral/responses'
import type { ProviderRecord } from '@/lib/openReferral/services'
import { termIdFor } from '@/lib/openReferral/taxonomy'

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
