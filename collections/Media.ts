import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { dataDir } from '@/lib/env'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
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
