import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canPublish, canWriteContent } from '@/access/publishing'
import { dataDir } from '@/lib/env'

export const Media: CollectionConfig = {
  slug: 'media',
  // Authors upload for their drafts; changing or deleting a file that live pages use is publishing.
  access: { read: anyone, create: canWriteContent, update: canPublish, delete: canPublish },
  admin: { group: 'Content' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
  ],
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf'],
    imageSizes: [{ name: 'card', width: 640 }],
  },
}
