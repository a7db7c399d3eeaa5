import { dismissBanner } from '@/lib/alertBanner/handlers'

/** POST /api/alert-banner/dismiss: a banner's "Hide this message" form. */
export const POST = dismissBanner
