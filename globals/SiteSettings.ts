import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { noFallbackOnGlobalWrite } from '@/hooks/noFallbackOnWrite'
import { DEFAULT_RETENTION_DAYS } from '@/lib/callback/options'
import { purgeGlobalTags } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isAdmin },
  admin: { group: 'Settings' },
  fields: [
    { name: 'councilName', type: 'text', required: true, defaultValue: 'Anytown Council' },
    {
      name: 'senTeam',
      type: 'group',
      label: 'SEN team contact',
      fields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'phone', type: 'text' },
        { name: 'email', type: 'email' },
        { name: 'address', type: 'textarea' },
        { name: 'hours', type: 'text', localized: true },
      ],
    },
    {
      name: 'callbackRetentionDays',
      type: 'number',
      required: true,
      min: 1,
      max: 365,
      defaultValue: DEFAULT_RETENTION_DAYS,
      admin: {
        description:
          'Call-back requests are deleted automatically this many days after they arrive.',
      },
    },
    {
      name: 'footerLinks',
      type: 'array',
      maxRows: 12,
      fields: [
        { name: 'label', type: 'text', required: true, localized: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
  ],
  hooks: {
    beforeOperation: [noFallbackOnGlobalWrite],
    // Every page's layout (header, footer) reads the settings under this tag.
    afterChange: [purgeGlobalTags([CACHE_TAGS.siteSettings])],
  },
}
