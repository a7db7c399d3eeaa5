import { describe, expect, it } from 'vitest'

import { paginate, parsePageQuery } from './pagination'
import { structuredAddress } from './address'
import {
  servicesList,
  serviceById,
  serviceAtLocationById,
  taxonomyById,
  taxonomyTermById,
  taxonomyTermsList,
} from './responses'
import { TAXONOMY_ID, termIdFor } from './taxonomy'
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

describe('structuredAddress', () => {
  it.each([
    [
      '1st Floor, Magdalen House\nTrinity Road\nBootle\nL20 3NJ',
      {
        address_1: '1st Floor, Magdalen House, Trinity Road',
        city: 'Bootle',
        postal_code: 'L20 3NJ',
      },
    ],
    [
      'Town Hall, High Street, Anytown, an1 2bc',
      { address_1: 'Town Hall, High Street', city: 'Anytown', postal_code: 'AN1 2BC' },
    ],
    [
      '10 Downing Street\nLondon\nSW1A2AA',
      { address_1: '10 Downing Street', city: 'London', postal_code: 'SW1A 2AA' },
    ],
    ['Town Hall\nAnytown', null], // no postcode
    ['Town Hall\nAnytown\nNot a postcode', null],
    ['', null],
    [null, null],
  ])('%j', (text, expected) => {
    expect(structuredAddress(text)).toEqual(expected)
  })
})

describe('taxonomies and terms by id', () => {
  it.each([
    [() => taxonomyById(TAXONOMY_ID), 200],
    [() => taxonomyById(termIdFor('mediation')), 404],
    [() => taxonomyById('nope'), 400],
    [() => taxonomyTermById(termIdFor('sendiass')), 200],
    [() => taxonomyTermById(TAXONOMY_ID), 404],
    [() => taxonomyTermById('1 OR 1=1'), 400],
  ])('%#', (call, status) => {
    expect(call().status).toBe(status)
  })

  it('gives a term with its taxonomy', () => {
    expect(taxonomyTermById(termIdFor('sendiass').toUpperCase()).body).toMatchObject({
      code: 'sendiass',
      taxonomy_id: TAXONOMY_ID,
      taxonomy_detail: { id: TAXONOMY_ID },
    })
  })
})
