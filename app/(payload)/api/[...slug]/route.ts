/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
/* One local change, to keep if Payload regenerates this file: the handlers are wrapped by
   guardPayloadRest (lib/http/payloadRoute.ts), which adds HEAD and answers malformed ids and
   filters 400/404 instead of 500. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardPayloadRest } from '@/lib/http/payloadRoute'

export const { GET, HEAD, POST, DELETE, PATCH, PUT, OPTIONS } = guardPayloadRest(config, {
  GET: REST_GET(config),
  POST: REST_POST(config),
  DELETE: REST_DELETE(config),
  PATCH: REST_PATCH(config),
  PUT: REST_PUT(config),
  OPTIONS: REST_OPTIONS(config),
})
