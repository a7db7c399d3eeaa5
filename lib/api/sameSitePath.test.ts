import { describe, expect, it } from 'vitest'

import { isSameSitePath, sameSitePath } from './sameSitePath'

describe('sameSitePath: where exit-preview may send the reader', () => {
  it.each<[string | null, string, string]>([
    // [input, expected, why]
    [null, '/', 'absent'],
    ['', '/', 'empty'],
    ['/', '/', 'home'],
    ['/en', '/en', 'locale home'],
    ['/pl/resolving-a-disagreement/mediation', '/pl/resolving-a-disagreement/mediation', 'guide'],
    ['/ur/providers/some-provider', '/ur/providers/some-provider', 'provider page'],
    ['//evil.example', '/', 'protocol-relative'],
    ['///evil.example', '/', 'three slashes'],
    ['//2130706433', '/', 'dotless host (decimal IP): the old check let it through'],
    ['//0x7f000001', '/', 'dotless host (hex IP)'],
    ['//localhost', '/', 'dotless host name'],
    ['/\\evil.example', '/', 'slash backslash'],
    ['\\\\evil.example', '/', 'two backslashes'],
    ['/%5Cevil.example', '/', 'encoded backslash'],
    ['/%2F/evil.example', '/', 'encoded second slash'],
    ['%2F%2Fevil.example', '/', 'fully encoded //'],
    ['https://evil.example', '/', 'absolute https'],
    ['https:evil.example', '/', 'scheme without slashes'],
    ['javascript:alert(1)', '/', 'javascript scheme'],
    ['/javascript:alert(1)', '/', 'scheme-looking first segment'],
    ['/\tevil.example', '/', 'tab after slash'],
    ['/\n/evil.example', '/', 'newline'],
    ['/%09/evil.example', '/', 'encoded tab'],
    ['evil.example', '/', 'no leading slash'],
    ['/en/%E0%A4%A', '/', 'malformed percent-encoding'],
    ['/en?next=//evil', '/', 'query string not needed'],
    ['/en/a//b', '/', 'double slash inside'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(sameSitePath(input)).toBe(expected)
  })
})

describe('isSameSitePath with allowQuery: banner links and return paths', () => {
  it.each<[string, boolean, string]>([
    // [input, expected, why]
    ['/pl/route-finder?about=x', true, 'path and query'],
    ['/en/guide#part-2', true, 'fragment'],
    ['/en/guide?a=1#part', true, 'query and fragment'],
    ['/en?next=//evil', true, 'a // inside the query does not change the host'],
    ['/\t/evil.example?x', false, 'tab in the path'],
    ['//evil.example?x', false, 'protocol-relative'],
    ['/%5Cevil.example?x', false, 'encoded backslash in the path'],
    ['/en?x=\\evil', false, 'backslash in the query'],
    ['/en?x=a b', false, 'space in the query'],
    ['/en#\n', false, 'newline in the fragment'],
    ['?x=1', false, 'no path'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(isSameSitePath(input, { allowQuery: true })).toBe(expected)
  })

  it('without allowQuery, a query is refused as before', () => {
    expect(isSameSitePath('/en?x=1')).toBe(false)
  })
})
