import type { NextRequest } from 'next/server'

import { apiJson } from '@/lib/api/http'
import { serverUrl } from '@/lib/env'

import { cachedOpenReferralProviders } from './load'
import type { ApiResult } from './responses'
import type { ProviderRecord } from './services'

type Builder = (providers: ProviderRecord[], params: URLSearchParams, siteUrl: string) => ApiResult

/**
 * Runs a response builder on the published providers (from the data cache); an unexpected
 * failure is a JSON 500.
 */
export async function openReferralResponse(request: NextRequest, build: Builder) {
  try {
    const providers = await cachedOpenReferralProviders()
    const { status, body } = build(providers, request.nextUrl.searchParams, serverUrl())
    return apiJson(status, body)
  } catch (error) {
    console.error('openreferral', error)
    return apiJson(500, { error: 'Internal error' })
  }
}
