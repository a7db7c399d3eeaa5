import JSZip from 'jszip'
import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { fillDate } from './helpers/tools'

type Code = keyof typeof messages
type Questions = (typeof messages)['en']['Letters']['questions']
type QuestionId = keyof Questions

const LETTERS = [
  'ask-for-assessment',
  'mediation-certificate',
  'health-social-care-mediation',
  'missed-time-limit',
  'early-review',
  'deliver-section-f',
] as const

// Sefton has a council team with an address in the seed; Dudley has two mediation advisers, so
// the certificate letter asks which one.
const SEFTON = 'E08000014'
const DUDLEY = 'E08000027'

const FAMILY: Record<Code, { name: string; child: string }> = {
  en: { name: 'Alice Example', child: 'Sam Example' },
  pl: { name: 'Zofia Wiśniewska', child: 'Jan Wiśniewski' },
  ur: { name: 'Ayesha Khan', child: 'Bilal Khan' },
}

async function answer(page: Page, code: Code, id: QuestionId, letter: string) {
  const q: Questions = messages[code].Letters.questions
  const { name, child } = FAMILY[code]
  switch (id) {
    case 'council':
      await page
        .getByLabel(q.council.label)
        .selectOption(letter === 'mediation-certificate' ? DUDLEY : SEFTON)
      return
    case 'adviser':
      await page.getByLabel('Prime Resolution', { exact: true }).check()
      return
    case 'name':
      await page.getByLabel(q.name.label).fill(name)
      return
    case 'address':
      await page.getByLabel(q.address.label).fill('1 High Street\nBootle\nL20 1AA')
      return
    case 'child':
      await page.getByLabel(q.child.label).fill(child)
      return
    case 'dob':
      return fillDate(page, code, q.dob.label, '2015-04-01')
    case 'decision':
      return fillDate(page, code, q.decision.label, '2026-11-02')
    case 'requested':
      return fillDate(page, code, q.requested.label, '2026-01-05')
    case 'mediation':
      await page.getByLabel(q.mediation.options.yes, { exact: true }).check()
      return
    case 'care':
      await page.getByLabel(q.care.options.both, { exact: true }).check()
      return
    case 'limit':
      await page.getByLabel(q.limit.options['20-weeks'], { exact: true }).check()
      return
    default:
      await page.getByLabel(q[id].label).fill(`Reasons typed for ${child}.`)
  }
}

/** Which question a page asks, from its h1. */
async function questionOn(page: Page, code: Code): Promise<QuestionId> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim()
  const q = messages[code].Letters.questions
  const id = (Object.keys(q) as QuestionId[]).find((key) => q[key].label === heading)
  expect(id, `a letter question, not "${heading}"`).toBeDefined()
  return id!
}

test.describe('letter builder without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const { code } of LOCALES) {
    const t = messages[code].Letters
    const f = messages[code].Forms

    for (const letter of LETTERS) {
      test(`${code}: ${letter} is built, shown and downloaded`, async ({ page }) => {
        await page.goto(`/${code}/letters`)
        await page.getByRole('link', { name: t.letters[letter].title }).click()
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.letters[letter].title)
        await page.getByRole('button', { name: t.start }).click()

        const asked: QuestionId[] = []
        while (!page.url().includes('/your-letter')) {
          const id = await questionOn(page, code)
          expect(asked, 'no question twice').not.toContain(id)
          asked.push(id)
          await answer(page, code, id, letter)
          const before = page.url()
          await page.getByRole('button', { name: f.continue }).click()
          // Wait for the redirect to land before reading the next page.
          await page.waitForURL((url) => url.href !== before)
          await page.waitForLoadState('load')
        }
        if (letter === 'mediation-certificate') expect(asked).toContain('adviser')

        // The page with the family's answers is never cached (Next.js marks it no-store).
        const response = await page.request.get(page.url())
        expect(response.headers()['cache-control']).toContain('no-store')
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.result.title)
        await expect(page.locator('meta[name="referrer"]')).toHaveAttribute(
          'content',
          'no-referrer',
        )
        const { name, child } = FAMILY[code]
        const view = page.getByRole('region', { name: t.result.letterLabel })
        await expect(view).toHaveAttribute('lang', 'en')
        await expect(view).toContainText(name)
        await expect(view).toContainText(`${child}, date of birth 1 April 2015`)
        await expect(view).not.toContainText('{{')

        const txtHref = await page
          .getByRole('link', { name: t.result.downloadText })
          .getAttribute('href')
        const txt = await page.request.get(txtHref!)
        expect(txt.status()).toBe(200)
        expect(txt.headers()['content-type']).toBe('text/plain; charset=utf-8')
        expect(txt.headers()['cache-control']).toBe('no-store')
        expect(txt.headers()['content-disposition']).toMatch(
          new RegExp(`^attachment; filename="${letter}-\\d{4}-\\d{2}-\\d{2}\\.txt"$`),
        )
        const text = await txt.text()
        expect(text).toContain(name)
        expect(text).toContain('Yours faithfully,')

        const docHref = await page
          .getByRole('link', { name: t.result.downloadWord })
          .getAttribute('href')
        const docx = await page.request.get(docHref!)
        expect(docx.status()).toBe(200)
        expect(docx.headers()['content-type']).toBe(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        expect(docx.headers()['cache-control']).toBe('no-store')
        expect(docx.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.docx"$/)
        const zip = await JSZip.loadAsync(await docx.body())
        const xml = await zip.file('word/document.xml')!.async('string')
        expect(xml).toContain(name)
        expect(xml).toContain(child)

        if (letter === 'early-review') {
          // The explanation in another language, with the same answers and the same letter.
          const other = code === 'ur' ? 'en' : 'ur'
          const nativeName = other === 'ur' ? 'اردو' : 'English'
          await page.locator('main').getByRole('link', { name: nativeName }).click()
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            messages[other].Letters.result.title,
          )
          await expect(page.locator('#letter')).toContainText(`${child}, date of birth`)
        }
      })
    }

    test(`${code}: a missing or early answer is explained on the question`, async ({ page }) => {
      await page.goto(`/${code}/letters/early-review/name?council=${SEFTON}`)
      await page.getByRole('button', { name: f.continue }).click()
      await expect(page).toHaveTitle(new RegExp(`^${f.error}: `))
      const summary = page.locator('.govuk-error-summary')
      await expect(summary).toContainText(t.questions.name.required)
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#name')

      // 6 weeks from yesterday have not passed: the council is not late yet.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
      await page.goto(
        `/${code}/letters/missed-time-limit/limit?council=${SEFTON}&requested=${yesterday}`,
      )
      await page.getByLabel(t.questions.limit.options['6-weeks'], { exact: true }).check()
      await page.getByRole('button', { name: f.continue }).click()
      await expect(summary).toBeVisible()
      await expect(page).toHaveURL(/\/limit\?/)

      // A letter with answers missing goes back to the first missing question.
      await page.goto(`/${code}/letters/deliver-section-f/your-letter?council=${SEFTON}`)
      await expect(page).toHaveURL(/\/deliver-section-f\/name\?council=E08000014&answered=1$/)
    })
  }
})

const ANSWERS = {
  council: SEFTON,
  name: 'Alice Example',
  address: '1 High Street',
  child: 'Sam Example',
  dob: '2015-04-01',
}
const query = (extra: Record<string, string> = {}) =>
  `?${new URLSearchParams({ ...ANSWERS, ...extra })}`

// Every page template of the builder in every locale, each question kind, errors included.
const AXE_PAGES = [
  'letters',
  'letters/mediation-certificate',
  `letters/mediation-certificate/council`,
  `letters/mediation-certificate/adviser?council=${DUDLEY}`,
  `letters/mediation-certificate/name?council=${DUDLEY}&answered=1`,
  `letters/mediation-certificate/address${query()}`,
  `letters/mediation-certificate/dob${query({ dob: '' })}&answered=1&dob-day=31&dob-month=2&dob-year=2015`,
  `letters/mediation-certificate/decision${query()}`,
  `letters/mediation-certificate/mediation${query()}`,
  `letters/mediation-certificate/issues${query({ mediation: 'yes' })}`,
  `letters/health-social-care-mediation/care${query()}`,
  `letters/missed-time-limit/requested${query()}`,
  `letters/missed-time-limit/limit${query({ requested: '2026-01-05' })}`,
  `letters/early-review/reasons${query()}`,
  `letters/deliver-section-f/provision${query()}`,
  `letters/mediation-certificate/your-letter${query({ decision: '2026-11-02', mediation: 'no' })}`,
  `letters/deliver-section-f/your-letter${query({ provision: 'Speech and language therapy' })}`,
]

for (const { code, dir } of LOCALES) {
  test(`${code}: every letter builder page passes axe`, async ({ page }) => {
    test.setTimeout(120_000)
    for (const path of AXE_PAGES) {
      const response = await page.goto(`/${code}/${path}`)
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expectNoAxeViolations(page)
    }
  })
}

test('the letter builder is in the navigation, on the home page and in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/pl')
  const tools = messages.pl.Tools
  await expect(
    page.getByRole('navigation').getByRole('link', { name: tools.navLetters }),
  ).toHaveAttribute('href', '/pl/letters')
  await expect(page.getByRole('link', { name: tools.lettersLink })).toHaveAttribute(
    'href',
    '/pl/letters',
  )
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/ur/letters/deliver-section-f</loc>')
})

test('the download API refuses bad input with a 400 in the reader’s language', async ({
  request,
}) => {
  const bad = await request.get(`/api/letters/early-review${query()}&format=docx&locale=pl`)
  expect(bad.status()).toBe(400)
  expect(bad.headers()['cache-control']).toBe('no-store')
  expect(await bad.json()).toEqual({
    errors: [
      {
        field: 'reasons',
        code: 'required',
        message: messages.pl.Letters.questions.reasons.required,
      },
    ],
  })
  expect((await request.get(`/api/letters/nope${query()}&format=txt`)).status()).toBe(404)
  expect((await request.get(`/api/letters/early-review${query()}&format=pdf`)).status()).toBe(400)
})
