import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { defaultLocale, locales } from '@/i18n/locales'
import { findTranslationRows, type TranslationState } from '@/lib/translationStatus'

const LABELS: Record<TranslationState, string> = {
  missing: 'Missing',
  partial: 'Partly translated',
  outdated: 'Older than English',
  current: 'Up to date',
}

/** Which pages lack a language, or some of its text, or whose English text changed since. */
export async function TranslationStatusView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user || undefined,
    visibleEntities,
  }
  if (!hasRole(req.user, ...CONTENT_ROLES)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <p>Sign in as an author, publisher or admin to see translation status.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const rows = await findTranslationRows(req.payload, req.user)
  const others = locales.filter((l) => l.code !== defaultLocale)
  const needsWork = rows.filter((row) => Object.values(row.states).some((s) => s !== 'current'))
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>Translation status</h1>
        <p>
          {needsWork.length} of {rows.length} pages need translation work. A language is up to date
          when every text English has (title, summary, body, search engine texts) is translated, and
          older than English when English text changed after it. Changes of dates or order do not
          count.
        </p>
        <table className="app-translation-status">
          <caption>Pages by language</caption>
          <thead>
            <tr>
              <th scope="col">Page</th>
              {others.map((l) => (
                <th scope="col" key={l.code}>
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`/admin/collections/pages/${row.id}`}>{row.title}</a>
                  <br />
                  <small>/{row.path}</small>
                </th>
                {others.map((l) => {
                  const state = row.states[l.code] ?? 'current'
                  return (
                    <td key={l.code} data-state={state}>
                      <a href={`/admin/collections/pages/${row.id}?locale=${l.code}`}>
                        {LABELS[state]}
                      </a>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Gutter>
    </DefaultTemplate>
  )
}
