import { describe, expect, it } from 'vitest'

import { mailtoHref, PHONE_NOT_DIALLABLE, telHref, validatePhone } from './tel'

describe('telHref: a dialable tel: link for a number as staff typed it', () => {
  it.each<[string, string | null]>([
    ['0151 934 3628', 'tel:01519343628'],
    ['01519343628', 'tel:01519343628'],
    ['0151-934-3628', 'tel:01519343628'],
    ['(0151) 934 3628', 'tel:01519343628'],
    ['020 7946 0000', 'tel:02079460000'],
    ['+44 151 934 3628', 'tel:+441519343628'],
    ['+44 (0)151 934 3628', 'tel:+441519343628'],
    ['0044 151 934 3628', 'tel:+441519343628'],
    ['0300 123 4567 ext. 12', 'tel:03001234567;ext=12'],
    ['0300 123 4567 extension 345', 'tel:03001234567;ext=345'],
    ['0300 123 4567 x9', 'tel:03001234567;ext=9'],
    ['  0800 123 456  ', 'tel:0800123456'],
    ['18001 0151 934 3628', 'tel:1800101519343628'],
    ['999', 'tel:999'],
    ['', null],
    ['   ', null],
    ['ask at reception', null],
    ['12', null],
  ])('%j -> %j', (number, expected) => {
    expect(telHref(number)).toBe(expected)
  })
})

describe('mailtoHref', () => {
  it.each<[string | null | undefined, string | null]>([
    ['sen@example.org', 'mailto:sen@example.org'],
    ['  sen@example.org ', 'mailto:sen@example.org'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j -> %j', (email, expected) => {
    expect(mailtoHref(email)).toBe(expected)
  })
})

describe('validatePhone: a phone number saved only if it becomes a tel: link', () => {
  it.each<[unknown, true | string]>([
    ['0151 934 3628', true],
    ['+44 (0)151 934 3628', true],
    ['0300 123 4567 ext. 12', true],
    ['999', true],
    // Empty is allowed: Site settings warns instead (a council may be changing numbers).
    ['', true],
    ['   ', true],
    [null, true],
    [undefined, true],
    // Text with no number a phone could dial: shown without a link, so refused.
    ['ask at reception', PHONE_NOT_DIALLABLE],
    ['12', PHONE_NOT_DIALLABLE],
    ['TBC', PHONE_NOT_DIALLABLE],
    ['+', PHONE_NOT_DIALLABLE],
    [42, PHONE_NOT_DIALLABLE],
    // Words around digits, and numbers of the wrong length, are not a number to dial.
    ['Room 101', PHONE_NOT_DIALLABLE],
    ['TBC 0151', PHONE_NOT_DIALLABLE],
    ['0151 934', PHONE_NOT_DIALLABLE],
    ['0151 934 36288', PHONE_NOT_DIALLABLE],
    ['+44 12', PHONE_NOT_DIALLABLE],
    ['+44 1234 567 890 123 45', PHONE_NOT_DIALLABLE],
    ['0151 934 3628 or 0151 934 3629', PHONE_NOT_DIALLABLE],
    ['1234567', PHONE_NOT_DIALLABLE],
    // Every shape a council or provider publishes.
    ['0800 123 456', true],
    ['020 7946 0000', true],
    ['0044 151 934 3628', true],
    ['0151-934-3628', true],
    ['(0151) 934 3628', true],
    ['0300 123 4567 x9', true],
    ['18001 0151 934 3628', true],
    ['116 123', true],
    ['+353 1 234 5678', true],
  ])('%j -> %j', (value, expected) => {
    expect(validatePhone(value)).toBe(expected)
  })
})
