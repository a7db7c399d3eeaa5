import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { translator } from '@/lib/api/translator'
import { firstProblem, readAnswers } from '@/lib/letters/answers'
import { isLetterId } from '@/lib/letters/definitions'
import { letterAsDocx } from '@/lib/letters/docx'
import { errorText } from '@/lib/letters/errorText'
import { letterAsText, letterFileName } from '@/lib/letters/render'

import { composeLetter, letterContext } from '@/lib/letters/context'

// The answers are personal: no cache may keep the file, and no other site may fetch it.
const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } as const

const TYPES = {
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

function refuse(status: 400 | 404, errors: unknown[]) {
  return Response.json({ errors }, { status, headers: PRIVATE })
}

/**
 * GET /api/letters/{letter}?format=txt|docx&locale=en&council=...&name=...: the letter built
 * from the same answers as the page, as a download. 404 for an unknown letter; 400 with
 * `{errors: [{field, code, message}]}` (message in `locale`) for a missing or wrong answer or
 * format. Nothing is stored or logged.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/api/letters/[letter]'>) {
  const { letter } = await params
  if (!isLetterId(letter)) return refuse(404, [{ field: 'letter', code: 'unknown-letter' }])
  const search = Object.fromEntries(request.nextUrl.searchParams)
  const locale = isLocale(search.locale) ? search.locale : defaultLocale
  const format = search.format
  if (format !== 'txt' && format !== 'docx') {
    return refuse(400, [{ field: 'format', code: 'invalid', message: 'Use format=txt or docx.' }])
  }
  const answers = readAnswers(search)
  const loaded = await letterContext(locale, letter, answers)
  const problem = firstProblem(letter, answers, loaded.context, loaded.skip)
  if (problem) {
    const message = errorText(
      await translator(locale, 'Letters'),
      locale,
      problem.id,
      problem.error,
    )
    return refuse(400, [{ field: problem.id, code: problem.error.code, message }])
  }
  const { doc, today } = await composeLetter(locale, letter, answers, loaded)
  const body = format === 'txt' ? letterAsText(doc) : new Uint8Array(await letterAsDocx(doc))
  return new Response(body, {
    headers: {
      ...PRIVATE,
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="${letterFileName(letter, today, format)}"`,
      'Content-Language': 'en',
    },
  })
}
