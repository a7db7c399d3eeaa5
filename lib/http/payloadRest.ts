import type { FlattenedField, SanitizedConfig, Where } from 'payload'

import { documentIdPattern } from '@/lib/db/documentId'

/**
 * What Payload's REST API would answer 500 to, answered 400/404 first. Payload hands a
 * non-numeric id, a `where` that is not an object or a value of the wrong type (a word for a
 * date, "abc" for an id) straight to the database driver, which throws. Unknown fields and
 * operators Payload already refuses with 400 itself, so they pass through.
 */

type FieldInfo = { type: string; relationTo?: unknown; fields?: FieldMap }
type FieldMap = Map<string, FieldInfo>
type CollectionInfo = {
  customId: boolean
  fields: FieldMap
  reserved: Set<string>
  /** Image size names of an upload collection; undefined for other collections. */
  uploadSizes?: string[]
}

/** The parts of Payload's config the checks need (built once per process, see restSchemaFrom). */
export type RestSchema = { idPattern: RegExp; collections: Map<string, CollectionInfo> }
export type Refusal = { status: 400 | 404; message: string }

const OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
// Collection sub-paths Payload (and auth or upload collections) answer that are not ids.
const RESERVED = [
  'access',
  'count',
  'versions',
  'init',
  'me',
  'login',
  'logout',
  'refresh-token',
  'first-register',
  'forgot-password',
  'reset-password',
  'unlock',
  'verify',
  'file',
  'paste-url',
]

function fieldMap(fields: FlattenedField[]): FieldMap {
  const map: FieldMap = new Map()
  for (const field of fields) {
    const nested = 'flattenedFields' in field ? field.flattenedFields : undefined
    map.set(field.name, {
      type: field.type,
      relationTo: 'relationTo' in field ? field.relationTo : undefined,
      fields: nested ? fieldMap(nested) : undefined,
    })
  }
  return map
}

/** Builds the schema from Payload's sanitized config and its database's id type. */
export function restSchemaFrom(config: SanitizedConfig, idType: 'number' | 'text'): RestSchema {
  const collections = new Map<string, CollectionInfo>()
  for (const collection of config.collections) {
    const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
    const custom = endpoints.map((e) => e.path.split('/').filter(Boolean)[0]).filter(Boolean)
    collections.set(collection.slug, {
      customId: collection.flattenedFields.some((f) => f.name === 'id'),
      fields: fieldMap(collection.flattenedFields),
      reserved: new Set([...RESERVED, ...custom]),
      uploadSizes: collection.upload
        ? (collection.upload.imageSizes ?? []).map((size) => size.name)
        : undefined,
    })
  }
  return { idPattern: documentIdPattern(idType), collections }
}

function findField(fields: FieldMap, path: string): FieldInfo | undefined {
  let current: FieldMap | undefined = fields
  let found: FieldInfo | undefined
  for (const part of path.split('.')) {
    found = current?.get(part)
    if (!found) return undefined
    current = found.fields
  }
  return found
}

/** Checks one `where` value against its field; returns the problem or null. */
function valueProblem(
  schema: RestSchema,
  field: FieldInfo | undefined,
  operator: string,
  value: string,
): string | null {
  if (operator === 'exists')
    return /^(true|false)$/.test(value) ? null : 'exists takes true or false'
  if (!field) return null
  if (GEO_OPERATORS.has(operator))
    return field.type === 'point' ? null : `${operator} needs a point`
  const values = LIST_OPERATORS.has(operator) ? value.split(',') : [value]
  const every = (test: (v: string) => boolean) => values.every((v) => test(v.trim()))
  const isId = (v: string) => schema.idPattern.test(v)
  switch (field.type) {
    case 'number':
      return TEXT_OPERATORS.has(operator) || !every((v) => /^-?\d+(\.\d+)?$/.test(v))
        ? 'expects a number'
        : null
    case 'date':
      return TEXT_OPERATORS.has(operator) || !every((v) => !Number.isNaN(Date.parse(v)))
        ? 'expects a date'
        : null
    case 'checkbox':
      return every((v) => /^(true|false)$/.test(v)) ? null : 'expects true or false'
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo !== 'string') return null
      return TEXT_OPERATORS.has(operator) || !every(isId) ? 'expects an id' : null
    case 'id':
      return TEXT_OPERATORS.has(operator) || !every(isId) ? 'expects an id' : null
    default:
      return null
  }
}

/** Checks one `where[...]` query key and its value (keys as URLSearchParams gives them). */
function whereProblem(
  schema: RestSchema,
  collection: CollectionInfo,
  key: string,
  value: string,
): string | null {
  if (!/^where(\[[^[\]]*\])+$/.test(key)) return 'where must be an object of fields and operators'
  let parts = [...key.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])
  while (parts[0] === 'and' || parts[0] === 'or') {
    if (!/^\d{1,3}$/.test(parts[1] ?? '')) return `${parts[0]} must be a list of conditions`
    parts = parts.slice(2)
  }
  const [path, operator, index, ...extra] = parts
  if (!path || !operator) return 'each condition needs a field and an operator'
  if (extra.length > 0 || (index !== undefined && !/^\d{1,3}$/.test(index))) {
    return 'malformed condition'
  }
  if (!OPERATORS.has(operator)) return `unknown operator ${operator}`
  const field =
    path === 'id'
      ? collection.customId
        ? findField(collection.fields, 'id')
        : { type: 'id' }
      : findField(collection.fields, path)
  const problem = valueProblem(schema, field, operator, value)
  return problem && `${path}: ${problem}`
}

/** A path segment percent-decoded, or null when its %-sequences are malformed (`%E0%A4%A`). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * The 400/404 Payload's REST API should have given this request, or null to let it answer.
 *
 * @param pathname the request path, e.g. `/api/pages/abc` (already percent-decodable)
 * @param params its query string
 */
export function restRefusal(
  schema: RestSchema,
  pathname: string,
  params: URLSearchParams,
): Refusal | null {
  const [slug, second, third] = pathname.replace(/^\/api\/?/, '').split('/')
  const collection = schema.collections.get(slug ?? '')
  if (!collection) return null
  if (second) {
    const id = second === 'versions' && third ? third : second
    const isReserved = id === second && collection.reserved.has(second)
    const decoded = decodeSegment(id)
    // A malformed %-sequence names no document (Payload would throw a URIError: 500).
    if (decoded === null) return { status: 404, message: 'Not Found' }
    if (!isReserved && !collection.customId && !schema.idPattern.test(decoded)) {
      return { status: 404, message: 'Not Found' }
    }
  }
  const seen = new Set<string>()
  for (const [key, value] of params) {
    if (['limit', 'page', 'depth'].includes(key)) {
      if (seen.has(key) || !/^\d{1,6}$/.test(value)) {
        return { status: 400, message: `${key} must be one whole number` }
      }
    } else if (key === 'sort') {
      if (seen.has(key) || !/^-?[\w.]+(,-?[\w.]+)*$/.test(value)) {
        return { status: 400, message: 'sort must name fields' }
      }
    } else if (key === 'draft' && !/^(true|false)$/.test(value)) {
      return { status: 400, message: 'draft takes true or false' }
    } else if (key === 'where' || key.startsWith('where[')) {
      const problem = whereProblem(schema, collection, key, value)
      if (problem) return { status: 400, message: problem }
    }
    seen.add(key)
  }
  return null
}

/**
 * For `GET /api/<upload collection>/file/<name>`: the query that finds the document owning that
 * file (as the original or one of its image sizes). Payload answers a name no document has with
 * 500 ("missing on the disk"); a caller that finds no document answers 404 instead.
 * A name with malformed %-sequences gives `{ notFound: true }` (answer 404 without a lookup);
 * any other path gives null.
 */
export function uploadFileLookup(
  schema: RestSchema,
  pathname: string,
): { collection: string; where: Where } | { notFound: true } | null {
  const [slug, file, ...rest] = pathname.replace(/^\/api\/?/, '').split('/')
  const sizes = schema.collections.get(slug ?? '')?.uploadSizes
  if (!sizes || file !== 'file' || rest.length !== 1 || !rest[0]) return null
  const filename = decodeSegment(rest[0])
  if (filename === null) return { notFound: true }
  return {
    collection: slug!,
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
      ],
    },
  }
}
