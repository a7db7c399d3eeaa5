import { dismissedStylesheet } from '@/lib/alertBanner/handlers'

// Read per request: the answer depends on the reader's cookie, while the pages stay static.
export const dynamic = 'force-dynamic'

/** GET /api/alert-banner/dismissed.css: hides the banners this reader dismissed. */
export const GET = dismissedStylesheet
