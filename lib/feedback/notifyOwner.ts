import type { Payload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { serverUrl } from '@/lib/env'
import { classifyPath } from '@/lib/routes/publicRoutes'
import { problemReportNotice } from '@/lib/reviews/notice'
import { ownerAddress, type Owned } from '@/lib/reviews/owner'

/**
 * The page or provider a feedback address (`/{locale}/...`) is about, with its owner, or null
 * (the home page, tools and lists have no owner).
 */
async function ownedDocumentAt(payload: Payload, address: string): Promise<Owned | null> {
  const [, locale, ...rest] = address.split(/[?#]/)[0]!.split('/')
  if (!isLocale(locale) || rest.length === 0) return null
  // The site's own rule for what an address is: a provider's page, a guide, or neither.
  const route = classifyPath(rest.join('/'))
  if (route.kind !== 'provider' && route.kind !== 'guide') return null
  const { docs } =
    route.kind === 'provider'
      ? await payload.find({
          collection: 'providers',
          where: { slug: { equals: route.slug } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
      : await payload.find({
          collection: 'pages',
          where: { path: { equals: route.path } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
  return docs[0] ?? null
}

/**
 * E-mails the owner of the page a "report a problem" is about (queued by the page-feedback
 * collection when one arrives): the address, the reader's words and a link to the report.
 * Returns 'sent', or 'no-owner' when the page has no owner address or the report is not a problem
 * (retrying cannot help). Throws when the report is missing or the mail server refuses, so the
 * job queue retries.
 */
export async function sendProblemReportNotice(
  payload: Payload,
  feedbackId: string,
): Promise<'sent' | 'no-owner'> {
  const report = await payload.findByID({
    collection: 'page-feedback',
    id: feedbackId,
    depth: 0,
    overrideAccess: true,
  })
  if (report.kind !== 'problem' || !report.problem) return 'no-owner'
  const owned = await ownedDocumentAt(payload, report.page)
  const to = owned && (await ownerAddress(payload, owned))
  if (!to) {
    payload.logger.info(`Page feedback ${feedbackId}: no owner to tell`)
    return 'no-owner'
  }
  await payload.sendEmail({
    to,
    ...problemReportNotice({
      pageUrl: `${serverUrl()}${report.page}`,
      problem: report.problem,
      reportUrl: `${serverUrl()}/admin/collections/page-feedback/${report.id}`,
    }),
  })
  return 'sent'
}
