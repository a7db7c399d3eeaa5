import type { SanitizedConfig } from 'payload'

/** Tests only: a Payload config with an upload collection (with one image size) and pages. */
export const MEDIA_AND_PAGES_CONFIG = {
  collections: [
    {
      slug: 'media',
      endpoints: [],
      flattenedFields: [],
      upload: { imageSizes: [{ name: 'card' }] },
    },
    { slug: 'pages', endpoints: [], flattenedFields: [] },
  ],
} as unknown as SanitizedConfig
