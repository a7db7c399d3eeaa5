import { getLocale, getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { presentDeadline } from '@/lib/deadlines/api'
import { presentEhcDeadline } from '@/lib/deadlines/ehcApi'
import { formatDate } from '@/i18n/dates'
import { translator, type Translate } from '@/lib/api/translator'
import type { TimelineEntry } from '@/lib/deadlines/timelineForm'

import { LegalBasis } from '../LegalBasis'
import { DeadlineCaveats } from '../DeadlineCaveats'

type Props = { entry: TimelineEntry; today: string; translate: Translate }

/**
 * One step of the timeline: what must happen, by when, who must act, why this date, and what to
 * do if it passes. The appeal steps read as on the calculator (by 5pm, HESC r12(1); a late
 * appeal, r5(3)(a)); the EHC duties link to the route finder's "missed time limit" situation.
 */
export async function TimelineEntryItem({ entry, today, translate }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('EhcTimeline')
  const tc = await getTranslations('DeadlineCalculator')
  const td = await getTranslations('Deadlines')
  const te = await getTranslations('EhcDeadlines')
  const appeal = entry.kind === 'appeal'
  const shown = appeal ? presentDeadline(entry.result, translate, locale) : null
  const ehc = appeal
    ? null
    : presentEhcDeadline(entry.result, await translator(locale, 'EhcDeadlines'), locale)
  const presented = shown ?? ehc!
  const title = appeal ? td(`titles.${entry.key}` as never) : ehc!.title
  const who = appeal ? te('actors.family') : ehc!.who
  const late = appeal ? td('lateAppeal') : ehc!.late
  const date = <time dateTime={entry.date}>{formatDate(entry.date, locale, 'weekdayDate')}</time>
  const rows: [string, ReactNode][] = [
    [t('who'), who],
    [t('why'), presented.rule],
  ]
  if (presented.adjusted) rows.push([t('moved'), presented.adjusted])
  return (
    <li className="app-timeline__item">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-1">{title}</h3>
      <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-2">
        {entry.key === 'appeal' ? tc.rich('by5pm', { date: () => date }) : date}
        {entry.date < today && ' '}
        {entry.date < today && <strong className="govuk-tag govuk-tag--grey">{t('passed')}</strong>}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <DeadlineCaveats
        mayBeLater={tc('mayBeLater')}
        laterReading={presented.laterReading}
        warnings={presented.warnings}
      />
      <p className="govuk-body">
        <strong>{t('late')}:</strong> {late}
      </p>
      {ehc?.lateLinks.routeFinder && (
        <ul className="govuk-list app-no-print">
          <li>
            <a className="govuk-link" href={ehc.lateLinks.routeFinder}>
              {t('lateLink')}
            </a>
          </li>
          {ehc.lateLinks.letters && (
            <li>
              <a className="govuk-link" href={ehc.lateLinks.letters}>
                {t('letterLink')}
              </a>
            </li>
          )}
        </ul>
      )}
      <LegalBasis t={tc} td={td} basis={presented.legalBasis} lateAppeal={entry.key === 'appeal'} />
    </li>
  )
}
