import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { restRefusal, restSchemaFrom, uploadFileLookup } from './payloadRest'
import { MEDIA_AND_PAGES_CONFIG } from './restFixtures'

// Just the parts of a sanitized config the checks read: pages (text, date, relationship) and
// media (an upload collection).
const config = {
  collections: [
    {
      slug: 'pages',
      endpoints: [],
      flattenedFields: [
        { name: 'title', type: 'text' },
        { name: 'publishedAt', type: 'date' },
        { name: 'order', type: 'number' },
        { name: 'featured', type: 'checkbox' },
        { name: 'parent', type: 'relationship', relationTo: 'pages' },
        {
          name: 'meta',
          type: 'group',
          flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
        },
        { name: 'updatedAt', type: 'date' },
      ],
    },
    { slug: 'media', endpoints: [], flattenedFields: [{ name: 'alt', type: 'text' }] },
  ],
} as unknown as SanitizedConfig

const sqlite = restSchemaFrom(config, 'number')
const mongo = restSchemaFrom(config, 'text')

describe('restRefusal: what Payload would answer 500 is answered 400/404', () => {
  it.each<[string, number | null]>([
    // [path?query, status or null = Payload answers]
    ['/api/pages', null],
    ['/api/pages/12', null],
    ['/api/pages/abc', 404],
    ['/api/pages/constructor', 404],
    ['/api/pages/1e3', 404],
    ['/api/pages/-1', 404],
    ['/api/pages/versions', null],
    ['/api/pages/versions/7', null],
    ['/api/pages/versions/x', 404],
    ['/api/pages/%E0%A4%A', 404],
    ['/api/pages/%', 404],
    ['/api/pages/versions/%ZZ', 404],
    ['/api/unknown-collection/%E0%A4%A', null],
    ['/api/pages/count', null],
    ['/api/media/file/leaflet.pdf', null],
    ['/api/users/me', null],
    ['/api/globals/site-settings', null],
    ['/api/unknown-collection/abc', null],
    ['/api/pages?limit=10&page=2&depth=1', null],
    ['/api/pages?limit=abc', 400],
    ['/api/pages?limit=1&limit=2', 400],
    ['/api/pages?depth=%3Cx%3E', 400],
    ['/api/pages?sort=-updatedAt,title', null],
    ['/api/pages?sort=%27%20OR%201%3D1', 400],
    ['/api/pages?draft=maybe', 400],
    ['/api/pages?where=javascript:x', 400],
    ['/api/pages?where[title]=x', 400],
    ['/api/pages?where[title][equals]=Mediation', null],
    ['/api/pages?where[title][like]=', null],
    ['/api/pages?where[foo][bar]=1', 400],
    ['/api/pages?where[unknownField][equals]=1', null],
    ['/api/pages?where[id][equals]=12', null],
    ['/api/pages?where[id][equals]=abc', 400],
    ['/api/pages?where[id][in]=1,2,3', null],
    ['/api/pages?where[id][in]=1,x', 400],
    ['/api/pages?where[id][in][0]=%ff', 400],
    ['/api/pages?where[or][0][id][in]=%25ff%25fe', 400],
    ['/api/pages?where[or][0][title][equals]=a&where[or][1][order][equals]=2', null],
    ['/api/pages?where[or][x][title][equals]=a', 400],
    ['/api/pages?where[and][%3Cx%3E]=1', 400],
    ['/api/pages?where[updatedAt][greater_than]=2025-01-01', null],
    ['/api/pages?where[updatedAt][contains]=9999999999999999999999', 400],
    ['/api/pages?where[publishedAt][equals]=0000-00-00', 400],
    ['/api/pages?where[order][equals]=NaN', 400],
    ['/api/pages?where[featured][equals]=yes', 400],
    ['/api/pages?where[parent][equals]=3', null],
    ['/api/pages?where[parent][equals]=three', 400],
    ['/api/pages?where[meta.image][in]=1,2', null],
    ['/api/pages?where[meta.image][equals]=x', 400],
    ['/api/pages?where[title][exists]=true', null],
    ['/api/pages?where[title][exists]=sometimes', 400],
    ['/api/pages?where[title][near]=1,2', 400],
    ['/api/pages?where[title][x]=1', 400],
  ])('%s -> %s', (target, status) => {
    const url = new URL(target, 'http://localhost')
    expect(restRefusal(sqlite, url.pathname, url.searchParams)?.status ?? null).toBe(status)
  })

  it.each<[string, number | null]>([
    ['/api/pages/5f1e8c9b2a3d4e5f6a7b8c9d', null],
    ['/api/pages/12', 404],
    ['/api/pages?where[id][equals]=5f1e8c9b2a3d4e5f6a7b8c9d', null],
  ])('MongoDB ids: %s -> %s', (target, status) => {
    const url = new URL(target, 'http://localhost')
    expect(restRefusal(mongo, url.pathname, url.searchParams)?.status ?? null).toBe(status)
  })
})

describe('uploadFileLookup: which document owns a file', () => {
  const withSizes = restSchemaFrom(MEDIA_AND_PAGES_CONFIG, 'number')
  it.each<[string, unknown]>([
    [
      '/api/media/file/leaflet%20one.pdf',
      {
        collection: 'media',
        where: {
          or: [
            { filename: { equals: 'leaflet one.pdf' } },
            { 'sizes.card.filename': { equals: 'leaflet one.pdf' } },
          ],
        },
      },
    ],
    ['/api/media/file/%E0%A4%A.pdf', { notFound: true }],
    ['/api/media/file/100%', { notFound: true }],
    ['/api/media/file/', null],
    ['/api/media/file/a/b', null],
    ['/api/media/12', null],
    ['/api/pages/file/x.pdf', null],
  ])('%s', (pathname, expected) => {
    expect(uploadFileLookup(withSizes, pathname)).toEqual(expected)
  })
})
