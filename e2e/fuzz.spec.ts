import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

import { HOSTILE, MARKER, hostile, pick, queryValue, seededRandom } from './helpers/fuzz'

/**
 * Hostile input on every public way in: paths, query strings of the tools and APIs, headers,
 * methods and the call-back form's server action. Nothing may answer 5xx, leak a stack trace or
 * reflect markup unescaped. Deterministic (seeded) and bounded: INPUTS requests, ~1-2 minutes.
 */
const SEED = 20261130
const INPUTS = 640
const MEDIATION = '/en/resolving-a-disagreement/mediation'

type Probe = {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string | Buffer
  multipart?: Record<string, string>
}

const LOCALES = ['en', 'pl', 'ur']
const QUERY_PAGES: Record<string, string[]> = {
  providers: ['q', 'kind', 'council', 'page'],
  search: ['q'],
  'route-finder': ['about', 'answered'],
  'route-finder/sections': ['about', 'sections', 'unsure'],
  'route-finder/age': ['about', 'sections', 'age'],
  'route-finder/result': ['about', 'sections', 'age', 'unsure'],
  'deadline-calculator': [
    'decision-day',
    'decision-month',
    'decision-year',
    'certificate',
    'certificate-day',
    'mediationEnded-month',
    'adviserTold-year',
  ],
}
const QUERY_APIS: Record<string, string[]> = {
  '/api/deadlines': ['decision', 'certificate', 'adviserTold', 'mediationEnded', 'locale'],
  '/api/deadlines/ics': ['decision', 'certificate', 'locale'],
  '/api/route-finder': ['about', 'sections', 'age', 'locale'],
  '/openreferral/services': ['search', 'page', 'per_page', 'taxonomy_term_id'],
  '/openreferral/service_at_locations': ['page', 'per_page'],
  '/openreferral/taxonomies': ['page', 'per_page'],
  '/openreferral/taxonomy_terms': ['page', 'per_page', 'vocabulary'],
  '/api/exit-preview': ['path'],
  '/api/pages': ['limit', 'page', 'depth', 'locale', 'sort', 'draft'],
  '/api/providers': ['limit', 'page', 'depth', 'sort'],
  '/api/media': ['limit', 'depth'],
}
const PATH_PREFIXES = [
  '/',
  '/en/',
  '/pl/',
  '/ur/',
  '/en/providers/',
  '/en/resolving-a-disagreement/',
  '/api/pages/',
  '/api/providers/',
  '/api/media/',
  '/api/media/file/',
  '/api/users/',
  '/api/globals/',
  '/openreferral/services/',
  '/openreferral/service_at_locations/',
  '/openreferral/taxonomies/',
  '/openreferral/taxonomy_terms/',
]
const WHERE_FIELDS = ['title', 'slug', 'foo', 'foo][bar', '_status', 'id', 'updatedAt', '']
const WHERE_OPERATORS = ['equals', 'like', 'contains', 'in', 'near', 'exists', 'greater_than', 'x']
const METHODS = ['TRACE', 'TRACK', 'PROPFIND', 'PUT', 'PATCH', 'DELETE', 'FOO', 'OPTIONS']
const METHOD_PATHS = ['/en', '/pl/providers', '/api/deadlines', '/openreferral', '/api/pages', '/']
const HEADER_NAMES = [
  'accept-language',
  'accept',
  'cookie',
  'x-forwarded-for',
  'x-forwarded-host',
  'range',
  'if-none-match',
  'content-type',
  'next-router-state-tree',
  'rsc',
  'next-action',
]

/** Header values must be visible ASCII, or the client itself refuses to send them. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, '?').slice(0, 2000)

function pathProbe(random: () => number): Probe {
  const value = hostile(random)
  const segment = random() < 0.5 ? encodeURIComponent(value) : value.replace(/[?#]/g, '')
  return { method: 'GET', url: pick(random, PATH_PREFIXES) + segment }
}

function queryProbe(random: () => number): Probe {
  const usePage = random() < 0.5
  const [base, names] = usePage
    ? (([page, fields]) => [`/${pick(random, LOCALES)}/${page}`, fields])(
        pick(random, Object.entries(QUERY_PAGES)),
      )
    : pick(random, Object.entries(QUERY_APIS))
  const count = 1 + Math.floor(random() * 3)
  const query = Array.from({ length: count }, () => {
    const name = random() < 0.85 ? pick(random, names) : hostile(random)
    return `${queryValue(random, name)}=${queryValue(random, hostile(random))}`
  })
  return { method: 'GET', url: `${base}?${query.join('&')}` }
}

function whereProbe(random: () => number): Probe {
  const field = pick(random, WHERE_FIELDS)
  const operator = pick(random, WHERE_OPERATORS)
  const shapes = [
    `where[${field}][${operator}]=${queryValue(random, hostile(random))}`,
    `where[${field}]=${queryValue(random, hostile(random))}`,
    `where[or][0][${field}][${operator}]=${queryValue(random, hostile(random))}`,
    `where[and][${queryValue(random, hostile(random))}]=1`,
    `where=${queryValue(random, hostile(random))}`,
    `sort=${queryValue(random, hostile(random))}&depth=${queryValue(random, hostile(random))}`,
  ]
  const collection = pick(random, ['pages', 'providers', 'media', 'local-authorities'])
  return { method: 'GET', url: `/api/${collection}?${pick(random, shapes)}` }
}

function headerProbe(random: () => number): Probe {
  const name = pick(random, HEADER_NAMES)
  const url = pick(random, [
    '/',
    '/en',
    '/pl/search?q=mediation',
    '/api/deadlines',
    '/openreferral',
  ])
  return { method: 'GET', url, headers: { [name]: headerSafe(hostile(random)) } }
}

function methodProbe(random: () => number): Probe {
  return { method: pick(random, METHODS), url: pick(random, METHOD_PATHS) }
}

function formProbe(random: () => number, action: ActionForm | null): Probe {
  const fields = ['name', 'phone', 'preferredTime', 'topic', 'message', 'consent']
  const multipart: Record<string, string> = { ...(action?.hidden ?? {}) }
  for (const field of fields) multipart[field] = hostile(random)
  return {
    method: 'POST',
    url: MEDIATION,
    headers: { 'x-forwarded-for': `203.0.113.${Math.floor(random() * 250)}` },
    multipart,
  }
}

/** Fetch-style server action calls that a browser never sends: wrong shapes, huge bodies. */
function actionProbe(random: () => number, action: ActionForm | null): Probe {
  const id = action?.id ?? '00'.repeat(21)
  const headers = {
    'next-action': pick(random, [id, id, hostile(random).replace(/[^\x20-\x7e]/g, '')]),
    'content-type': 'text/plain;charset=UTF-8',
    'x-forwarded-for': `192.0.2.${Math.floor(random() * 250)}`,
  }
  const bodies = [
    JSON.stringify([{}, hostile(random)]),
    JSON.stringify(['$undefined', 42]),
    JSON.stringify([]),
    JSON.stringify([null, null]),
    JSON.stringify(['$K1', '$K1']),
    JSON.stringify([{}, { name: hostile(random) }]),
    'not json at all',
    hostile(random),
    Buffer.alloc(1024 * 1024 + 10, 'a').toString(),
    JSON.stringify([{}, 'x'.repeat(1024 * 1024 + 10)]),
  ]
  return { method: 'POST', url: MEDIATION, headers, body: pick(random, bodies) }
}

type ActionForm = { id: string; hidden: Record<string, string> }

const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** The call-back form's hidden server-action fields, as a browser without JavaScript posts them. */
async function readActionForm(request: APIRequestContext): Promise<ActionForm | null> {
  const html = await (await request.get(MEDIATION)).text()
  const hidden: Record<string, string> = {}
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1]
    if (name?.startsWith('$ACTION'))
      hidden[name] = unescapeHtml(/value="([^"]*)"/.exec(match[0])?.[1] ?? '')
  }
  const id = /"id":"([0-9a-f]{40,})"/.exec(unescapeHtml(html))?.[1]
  return id ? { id, hidden } : null
}

async function send(request: APIRequestContext, probe: Probe): Promise<APIResponse> {
  return request.fetch(probe.url, {
    method: probe.method,
    headers: probe.headers,
    data: probe.body,
    multipart: probe.multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 30_000,
  })
}

test('hostile input never gets a server error, a stack trace or unescaped reflection', async ({
  request,
}) => {
  test.setTimeout(600_000)
  const random = seededRandom(SEED)
  const action = await readActionForm(request)
  expect(action, 'the call-back form carries a server action').not.toBeNull()
  // Every kind of input is tried, each in proportion to how many ways in it covers.
  const generators: [number, (r: () => number) => Probe][] = [
    [0.22, pathProbe],
    [0.3, queryProbe],
    [0.14, whereProbe],
    [0.1, headerProbe],
    [0.08, methodProbe],
    [0.09, (r) => formProbe(r, action)],
    [0.07, (r) => actionProbe(r, action)],
  ]
  // The known offenders first, so they are always in the run whatever the seed.
  const probes: Probe[] = [
    { method: 'GET', url: '/en/%E0%A4%A' },
    { method: 'GET', url: '/%E0%A4%A' },
    { method: 'GET', url: '/api/pages/abc' },
    { method: 'GET', url: '/api/pages?where[foo][bar]=1' },
    { method: 'GET', url: '/api/pages?where[title][like]=' },
    { method: 'TRACE', url: '/en' },
    { method: 'GET', url: `/api/exit-preview?path=${encodeURIComponent('//evil.example')}` },
  ]
  while (probes.length < INPUTS) {
    let roll = random()
    const [, generate] = generators.find(([weight]) => (roll -= weight) < 0) ?? generators[0]
    probes.push(generate(random))
  }

  const failures: string[] = []
  let serverErrors = 0
  for (const probe of probes) {
    const response = await send(request, probe)
    const status = response.status()
    const type = response.headers()['content-type'] ?? ''
    const text = probe.method === 'HEAD' ? '' : await response.text()
    const where = `${probe.method} ${probe.url.slice(0, 160)} ${JSON.stringify(probe.headers ?? {}).slice(0, 120)}`
    if (status >= 500) {
      serverErrors += 1
      failures.push(`${status} ${where}`)
    }
    if (/\n\s+at .+\(|node_modules\//.test(text)) failures.push(`stack trace: ${where}`)
    if (type.includes('html') && new RegExp(`<(script>)?${MARKER}|<${MARKER}`).test(text)) {
      failures.push(`reflected markup: ${where}`)
    }
    const location = response.headers()['location'] ?? ''
    if (
      /^(https?:)?\/\/|^\/\\/.test(location) &&
      !location.startsWith(new URL(response.url()).origin)
    ) {
      failures.push(`off-site redirect to ${location}: ${where}`)
    }
  }
  console.log(
    `fuzz: ${probes.length} inputs, ${serverErrors} answered 5xx, ${failures.length} failures`,
  )
  if (failures.length) console.log(failures.slice(0, 80).join('\n'))
  expect(probes.length).toBeGreaterThanOrEqual(500)
  expect(HOSTILE.length).toBeGreaterThan(30)
  expect(failures).toEqual([])
})
