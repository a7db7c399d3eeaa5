import { describe, expect, it } from 'vitest'

import { paginate, parsePageQuery } from './pagination'
import { servicesList, serviceById, serviceAtLocationById, taxonomyTermsList } from './responses'
import { termIdFor } from './taxonomy'
import { isUuid, uuidV5 } from './uuid'

const params = (query: string) => new URLSearchParams(query)

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector and is stable', () => {
    // RFC 9562 appendix A.4: DNS namespace, "www.example.com".
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
    expect(isUuid(termIdFor('mediation'))).toBe(true)
    expect(termIdFor('mediation')).toBe(termIdFor('mediation'))
    expect(termIdFor('mediation')).not.toBe(termIdFor('sendiass'))
  })
})

describe('parsePageQuery', () => {
  it.each([
    ['', { page: 1, perPage: 50 }],
    ['page=2&per_page=100', { page: 2, perPage: 100 }],
  ])('accepts %j', (query, expected) => {
    expect(parsePageQuery(params(query))).toEqual(expected)
  })

  it.each([
    'page=0',
    'page=-1',
    'page=abc',
    'page=1.5',
    'page=99999999999999999999',
    'per_page=0',
    'per_page=-5',
    'per_page=101',
    'per_page=1e3',
    'per_page=1000000000000',
  ])('refuses %s with 400', (query) => {
    expect(parsePageQuery(params(query))).toMatchObject({ status: 400 })
  })
})

describe('paginate', () => {
  it('reports an empty last page beyond the end', () => {
    expect(paginate([1, 2, 3], { page: 2, perPage: 2 })).toMatchObject({
      total_items: 3,
      total_pages: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    })
    expect(paginate([1], { page: 5, perPage: 2 })).toMatchObject({ empty: true, size: 0 })
  })
})

describe('bad parameters get a JSON error, never an exception', () => {
  it.each([
    ['per_page=-1', 400],
    ['per_page=100000', 400],
    ['page=two', 400],
    ['taxonomy_term_id=not-a-uuid', 400],
    [`search=${'x'.repeat(201)}`, 400],
  ])('/services?%s -> %i', (query, status) => {
    const result = servicesList([], params(query), 'https://example.org')
    expect(result.status).toBe(status)
    expect(result.body).toHaveProperty('error')
  })

  it('answers 400 for a non-UUID id and 404 for an unknown one', () => {
    expect(serviceById([], 'abc', '').status).toBe(400)
    expect(serviceById([], "1' OR 1=1", '').status).toBe(400)
    expect(serviceById([], '5aeec2e0-0a49-4d78-9333-09a113f4e649', '').status).toBe(404)
    expect(serviceAtLocationById([], 'abc', '').status).toBe(400)
    expect(serviceAtLocationById([], '5aeec2e0-0a49-4d78-9333-09a113f4e649', '').status).toBe(404)
  })

  it('paginates taxonomy terms and checks their parameters too', () => {
    expect(taxonomyTermsList(params('')).body).toMatchObject({ total_items: 4 })
    expect(taxonomyTermsList(params('per_page=0')).status).toBe(400)
  })
})
