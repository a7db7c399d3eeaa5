import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdminField } from '@/access/isAdmin'
import { canPublish } from '@/access/publishing'
import { noFallbackOnGlobalWrite } from '@/hooks/noFallbackOnWrite'
import { DEFAULT_RETENTION_DAYS } from '@/lib/callback/options'
import { validatePhone } from '@/lib/contact/tel'
import { purgeGlobalTags } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  // Publishers may open and save the settings for the SEN team's contact; field access keeps every
  // other setting admin-only (a publisher's change to those is ignored).
  access: { read: anyone, update: canPublish },
  admin: { group: 'Settings' },
  fields: [
    {
      name: 'councilName',
      type: 'text',
      required: true,
      defaultValue: 'Anytown Council',
      access: { update: isAdminField },
    },
    {
      name: 'senTeam',
      type: 'group',
      label: 'SEN team contact',
      admin: {
        description:
          'Shown in the footer of every page and wherever a page tells families to contact the team.',
      },
      fields: [
        {
          name: 'phoneWarning',
          type: 'ui',
          admin: {
            components: { Field: '/components/admin/SenTeamPhoneWarning#SenTeamPhoneWarning' },
          },
        },
        {
          name: 'name',
          type: 'text',
          localized: true,
          admin: {
            description:
              'The team\'s name without "the", for example "Special educational needs (SEN) team": pages add "the" where English needs it ("Contact the ...").',
          },
        },
        {
          name: 'phone',
          type: 'text',
          // Checked on the server too: a number that cannot be a tel: link is refused.
          validate: validatePhone,
          admin: { description: 'As families should see it, for example 0151 934 3628.' },
        },
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
      access: { update: isAdminField },
      admin: {
        description:
          'Call-back requests are deleted automatically this many days after they arrive.',
      },
    },
    {
      name: 'footerLinks',
      type: 'array',
      maxRows: 12,
      access: { update: isAdminField },
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
