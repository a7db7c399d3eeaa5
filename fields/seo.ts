import type { Field } from 'payload'

/**
 * What search engines show, per language: the same `meta.title` and `meta.description` shape as
 * Payload's SEO plugin (whose 3.90.2 release is not on this registry). Empty means the page's own
 * title and summary are used, so nothing has to be filled in twice.
 */
export const seoFields: Field = {
  name: 'meta',
  type: 'group',
  label: 'Search engines',
  admin: { description: 'Optional. Leave empty to use the title and summary.' },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 70,
      admin: { description: 'Shown as the link in search results. Up to 70 characters.' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 200,
      admin: { description: 'Shown under the link. About 150 characters works best.' },
    },
  ],
}
