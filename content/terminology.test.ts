import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * One word for one legal idea in each language, everywhere a reader meets it: the guides, the
 * interface, the route texts and the providers' translations. A reader who sees two words
 * assumes two different things.
 */
const root = process.cwd()
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
const guideFiles = (locale: string) =>
  fs
    .readdirSync(path.join(root, 'content/pages'))
    .filter((file) => file.endsWith(`.${locale}.md`))
    .map((file) => `content/pages/${file}`)

const polishFiles = [
  ...guideFiles('pl'),
  'messages/pl.json',
  'lib/routeFinder/texts/pl.ts',
  'content/data/providers.translations.json',
]
const urduFiles = [
  ...guideFiles('ur'),
  'messages/ur.json',
  'lib/routeFinder/texts/ur.ts',
  'content/data/providers.translations.json',
]

/** Every match of `pattern` in a file, with a little context, so a failure shows where. */
function findAll(file: string, pattern: RegExp): string[] {
  const text = read(file)
  return [...text.matchAll(pattern)].map(
    (m) => `${file}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}…`,
  )
}

// "rada" alone is a board, not the council; the ICB is "zintegrowana rada ds. opieki".
const POLISH_COUNCIL_AS_RADA =
  /(?<![\p{L}])rad(?:a|y|zie|ą|ę|om|ami|ach)?(?![\p{L}])(?! ds\. opieki)/gu
const POLISH_DISCRIMINATION_COMPLAINT =
  /(?<![\p{L}])skarg(?:a|i|ę|ą|ach|om|ami)?(?![\p{L}])[^.|\n]{0,20}dyskrymin/giu
const URDU_TRIBUNAL_VARIANT = /ٹریبونل/g
const URDU_TRIBUNAL = 'ٹربیونل'

describe('Polish terms', () => {
  it.each(polishFiles)('%s calls the council "samorząd", never "rada"', (file) => {
    expect(findAll(file, POLISH_COUNCIL_AS_RADA)).toEqual([])
  })

  it.each(polishFiles)('%s calls a discrimination claim "roszczenie", not "skarga"', (file) => {
    expect(findAll(file, POLISH_DISCRIMINATION_COMPLAINT)).toEqual([])
  })

  it.each([
    ['zespół SEN rady', true],
    ['zintegrowana rada ds. opieki', false],
    ['Wybierz swój samorząd', false],
    ['pracownikiem rady (council)', true],
    ['radca prawny', false],
  ])('the council check on %j finds a problem: %s', (text, found) => {
    expect([...text.matchAll(POLISH_COUNCIL_AS_RADA)].length > 0).toBe(found)
  })

  it.each([
    ['złożyć skargę o dyskryminację', true],
    ['Skargi o dyskryminację', true],
    ['roszczenie o dyskryminację', false],
    ['złóż skargę do samorządu', false],
  ])('the claim check on %j finds a problem: %s', (text, found) => {
    expect([...text.matchAll(POLISH_DISCRIMINATION_COMPLAINT)].length > 0).toBe(found)
  })

  it.each([
    ['council', /^Samorząd/],
    ['complaint', /^Skarga/],
    ['discriminationClaim', /^Roszczenie o dyskryminację/],
  ])('the glossary names the %s with the one Polish term the site uses', (key, term) => {
    const terms = JSON.parse(read('messages/pl.json')).Glossary.terms
    expect(terms[key].term).toMatch(term)
  })

  it('uses "skarga" for a complaint and "roszczenie" for a discrimination claim in the guides', () => {
    const text = guideFiles('pl').map(read).join('\n')
    expect(text).toMatch(/skarg/)
    expect(text).toMatch(/roszczeni[ae] o dyskryminację/)
  })
})

describe('Urdu spelling of "Tribunal"', () => {
  it.each(urduFiles)(`%s spells it ${URDU_TRIBUNAL} only`, (file) => {
    expect(findAll(file, URDU_TRIBUNAL_VARIANT)).toEqual([])
  })

  it('uses that spelling in the guides and the interface', () => {
    expect(read('messages/ur.json')).toContain(URDU_TRIBUNAL)
    expect(guideFiles('ur').map(read).join('\n')).toContain(URDU_TRIBUNAL)
  })
})
