import { getLocale, getTranslations } from 'next-intl/server'

import { CouncilSelect } from '@/components/CouncilSelect'
import { localeHref } from '@/lib/localeHref'
import { parseProviderFilter } from '@/lib/providers/filter'
import { findProviders, listCouncils } from '@/lib/providers/queries'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { ProviderResults } from '../../providers/ProviderResults'

type Search = Record<string, string | string[] | undefined>

// The answers so far travel with the council choice, so the results page reloads as it was.
const ANSWER_FIELDS = ['about', 'sections', 'unsure', 'plan', 'age', 'year11'] as const

/** The services for the reader's council, once chosen: a GET form, so no JavaScript is needed. */
export async function CouncilServices({ search }: { search: Search }) {
  const locale = await getLocale()
  const t = await getTranslations('RouteFinder')
  const tp = await getTranslations('Providers')
  const councils = await listCouncils()
  const filter = parseProviderFilter({ council: search.council }, councils)
  const providers = filter.council
    ? await findProviders(locale, { councilId: filter.council.id, kinds: [] })
    : null
  return (
    <>
      <h2 className="govuk-heading-l">{t('servicesHeading')}</h2>
      {providers ? (
        <ProviderResults providers={providers} councilName={filter.council?.name} />
      ) : (
        <p className="govuk-body">{t('servicesLead')}</p>
      )}
      <form
        method="get"
        action={localeHref(locale, ROUTES.routeFinderResult)}
        className="app-no-print"
      >
        {ANSWER_FIELDS.map((field) => {
          const value = [search[field]].flat().filter(Boolean).join(',')
          return value ? <input key={field} type="hidden" name={field} value={value} /> : null
        })}
        <CouncilSelect
          councils={councils}
          councilCode={filter.council?.code ?? ''}
          error={filter.unknownCouncil ? tp('unknownCouncil') : undefined}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          {tp('submit')}
        </button>
      </form>
    </>
  )
}
