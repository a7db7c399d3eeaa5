import { describe, expect, it } from 'vitest'

import { callbackCsv, csvField, exportFilterFrom, exportWhere } from './csv'
import { inboxFor, nextHistory, type HistoryEntry } from './history'
import { callbackLabel, labelledOptions } from './labels'

const AT = '2026-11-30T09:00:00.000Z'
const earlier: HistoryEntry[] = [
  {
    at: '2026-11-29T10:00:00.000Z',
    who: 'a@council.example',
    event: 'note',
    note: 'Rang, no answer',
  },
]

describe('nextHistory: append-only notes and status changes', () => {
  it.each<[string, HistoryEntry[] | null, Parameters<typeof nextHistory>[1], HistoryEntry[]]>([
    ['nothing changed', earlier, { previousStatus: 'new', status: 'new' }, earlier],
    ['no history yet, nothing changed', null, { previousStatus: 'new', status: 'new' }, []],
    [
      'a note',
      earlier,
      { previousStatus: 'new', status: 'new', note: '  Left a voicemail ' },
      [...earlier, { at: AT, who: 'b@x', event: 'note', note: 'Left a voicemail' }],
    ],
    ['a blank note', earlier, { previousStatus: 'new', status: 'new', note: '   ' }, earlier],
    ['a note that is not text', earlier, { previousStatus: 'new', note: 42 }, earlier],
    [
      'a status change',
      null,
      { previousStatus: 'new', status: 'contacted' },
      [{ at: AT, who: 'b@x', event: 'status', status: 'contacted' }],
    ],
    [
      'a status change and a note: status first',
      earlier,
      { previousStatus: 'contacted', status: 'closed', note: 'Done' },
      [
        ...earlier,
        { at: AT, who: 'b@x', event: 'status', status: 'closed' },
        { at: AT, who: 'b@x', event: 'note', note: 'Done' },
      ],
    ],
    ['status not sent (a partial update)', earlier, { previousStatus: 'new' }, earlier],
  ])('%s', (_case, stored, change, expected) => {
    expect(nextHistory(stored, change, 'b@x', AT)).toEqual(expected)
  })

  it('never changes the stored entries', () => {
    const stored = structuredClone(earlier)
    nextHistory(stored, { previousStatus: 'new', status: 'closed', note: 'x' }, 'b@x', AT)
    expect(stored).toEqual(earlier)
  })
})

describe('inboxFor', () => {
  it.each([
    [null, 'sen-team'],
    [undefined, 'sen-team'],
    ['council-team', 'sen-team'],
    ['mediation', 'provider'],
    ['disagreement-resolution', 'provider'],
    ['sendiass', 'provider'],
  ])('a provider of kind %s -> %s', (kind, inbox) => {
    expect(inboxFor(kind)).toBe(inbox)
  })
})

describe('labels, not codes', () => {
  it.each([
    ['locale', 'ur', 'Urdu'],
    ['locale', 'pl', 'Polish'],
    ['topic', 'tribunal-appeal', 'Appealing to the Tribunal'],
    ['preferredTime', 'morning', 'Morning (9am to 12 noon)'],
    ['status', 'contacted', 'Contacted'],
    ['inbox', 'provider', 'Independent provider'],
    ['status', 'archived', 'archived'],
    ['topic', null, ''],
  ] as const)('%s %s -> %s', (field, code, label) => {
    expect(callbackLabel(field, code)).toBe(label)
  })

  it('gives every option a label that is not its code', () => {
    for (const field of ['topic', 'preferredTime', 'locale', 'status', 'inbox', 'event'] as const) {
      for (const option of labelledOptions(field)) expect(option.label).not.toBe(option.value)
    }
  })
})

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+447700900982', "'+447700900982"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['عائشہ خان', 'عائشہ خان'],
    ['', ''],
  ])('%j -> %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })
})

describe('callbackCsv', () => {
  it('writes a header and one labelled row per request, with a BOM and CRLF', () => {
    const csv = callbackCsv([
      {
        id: 5,
        createdAt: '2026-11-30T08:00:00.000Z',
        status: 'new',
        inbox: 'provider',
        provider: { name: 'Global Mediation' },
        name: 'Aisha Khan',
        phone: '07700900982',
        preferredTime: 'any',
        topic: 'mediation',
        locale: 'ur',
        message: 'Hello, there',
        history: [{ at: AT, who: 'b@x', event: 'status', status: 'contacted' }],
      },
    ])
    expect(csv.startsWith('\uFEFFReference,Received,Status,')).toBe(true)
    const [, row] = csv.slice(1).split('\r\n')
    expect(row).toBe(
      '5,2026-11-30T08:00:00.000Z,New,Independent provider,Global Mediation,Aisha Khan,07700 900982,Any time,Mediation or a mediation certificate,Urdu,"Hello, there",2026-11-30 09:00 b@x: status: Contacted',
    )
  })
})

describe('exportFilterFrom', () => {
  it.each<[string, object]>([
    ['', { ok: true, filter: {} }],
    ['status=new&provider=12', { ok: true, filter: { status: 'new', provider: 12 } }],
    [
      'from=2026-11-01&to=2026-11-30',
      { ok: true, filter: { from: '2026-11-01', to: '2026-11-30' } },
    ],
    ['status=open', { ok: false, errors: ['status'] }],
    ['provider=abc', { ok: false, errors: ['provider'] }],
    [
      'provider=65f0c0ffee0123456789abcd',
      { ok: true, filter: { provider: '65f0c0ffee0123456789abcd' } },
    ],
    ['provider=1%20OR%201', { ok: false, errors: ['provider'] }],
    ['from=30/11/2026', { ok: false, errors: ['from'] }],
    ['from=2026-02-30', { ok: false, errors: ['from'] }],
    ['from=2026-11-30&to=2026-11-01', { ok: false, errors: ['to'] }],
  ])('%j', (query, expected) => {
    expect(exportFilterFrom(new URLSearchParams(query))).toEqual(expected)
  })

  it('turns dates into whole UTC days, the last one included', () => {
    expect(exportWhere({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      and: [
        { createdAt: { greater_than_equal: '2026-11-01T00:00:00.000Z' } },
        { createdAt: { less_than: '2026-12-01T00:00:00.000Z' } },
      ],
    })
  })
})
