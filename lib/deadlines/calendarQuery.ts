import {
  createWorkingDayCalendar,
  getDefaultCalendar,
  isIsoDate,
  type WorkingDayCalendar,
} from '@/lib/deadlines'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

const loadExtraHolidays = cachedRead(
  'bank-holidays-extra',
  [CACHE_TAGS.bankHolidays],
  async (): Promise<string[]> => {
    const payload = await getPayloadClient()
    const global = await payload.findGlobal({ slug: 'bank-holidays', depth: 0 })
    return (global.holidays ?? []).map((holiday) => holiday.date)
  },
)

let memo: { key: string; calendar: WorkingDayCalendar } | undefined

/**
 * The working-day calendar: GOV.UK's file plus any dates editors added (a new one-off bank
 * holiday is announced months ahead, before the shipped file is updated). Built once per change.
 */
export async function getCalendar(): Promise<WorkingDayCalendar> {
  const base = getDefaultCalendar()
  // The global validates dates on save; this only guards against rows written around it.
  const extra = (await loadExtraHolidays()).filter(
    (date) => isIsoDate(date) && base.isCovered(date),
  )
  const key = [...new Set(extra)].sort().join(',')
  if (memo?.key !== key) {
    memo = { key, calendar: key === '' ? base : createWorkingDayCalendar(key.split(',')) }
  }
  return memo.calendar
}
