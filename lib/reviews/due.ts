import type { Payload, TypedUser } from 'payload'

import { dayInEngland } from '@/i18n/dates'
import { localeCodes, type Locale } from '@/i18n/locales'
import { addDays } from '@/lib/deadlines/isoDate'

import type { ReviewedCollection } from './reminders'
import { reviewState, type ReviewState } from './schedule'

export type DueRow = {
  collection: ReviewedCollection
  id: number | string
  /** The title in each language; null where that language has no translation. */
  titles: Record<Locale, string | null>
  dueDay: string
  state: Exclude<ReviewState, 'later'>
  hasOwner: boolean
}

const ORDER: Record<DueRow['state'], number> = {
  overdue: 0,
  dueWithin7Days: 1,
  dueWithin30Days: 2,
}

/**
 * Pages and providers overdue for review on `today` (`YYYY-MM-DD`, UK), or due within 30 days,
 * read as `user` may read them (drafts included: an unpublished page needs its review too),
 * most urgent first. Pages carry their title per language (null: not translated); providers'
 * names are the same in every language.
 */
export async function findReviewsDue(
  payload: Payload,
  user: TypedUser,
  today: string,
): Promise<DueRow[]> {
  const where = { nextReview: { less_than: `${addDays(today, 32)}T00:00:00.000Z` } }
  const [pages, providers] = await Promise.all([
    payload.find({
      collection: 'pages',
      where,
      locale: 'all',
      select: { title: true, nextReview: true, owner: true, ownerEmail: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
    payload.find({
      collection: 'providers',
      where,
      select: { name: true, nextReview: true, owner: true, ownerEmail: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
  const rows: DueRow[] = []
  const add = (
    collection: ReviewedCollection,
    doc: { id: number | string; nextReview?: string | null; owner?: unknown; ownerEmail?: unknown },
    titles: DueRow['titles'],
  ) => {
    if (!doc.nextReview) return
    const state = reviewState(doc.nextReview, today)
    if (state === 'later') return
    const hasOwner = Boolean(doc.owner || doc.ownerEmail)
    rows.push({
      collection,
      id: doc.id,
      titles,
      dueDay: dayInEngland(doc.nextReview),
      state,
      hasOwner,
    })
  }
  for (const page of pages.docs) {
    const title = page.title as unknown as Partial<Record<Locale, string>> | string
    const titles = Object.fromEntries(
      localeCodes.map((code) => [
        code,
        (typeof title === 'string' ? (code === 'en' ? title : null) : title?.[code]) || null,
      ]),
    ) as DueRow['titles']
    add('pages', page, titles)
  }
  for (const provider of providers.docs) {
    const titles = Object.fromEntries(localeCodes.map((code) => [code, provider.name]))
    add('providers', provider, titles as DueRow['titles'])
  }
  return rows.sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.dueDay.localeCompare(b.dueDay))
}
