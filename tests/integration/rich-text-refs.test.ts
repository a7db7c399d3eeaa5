import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { richTextRefs } from '@/lib/queries/richTextRefs'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }

const body = (pageId: number, mediaId: number) =>
  ({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            {
              type: 'link',
              version: 3,
              fields: { linkType: 'internal', doc: { relationTo: 'pages', value: pageId } },
              children: [{ type: 'text', version: 1, text: 'mediation' }],
            },
          ],
        },
        { type: 'upload', version: 3, relationTo: 'media', value: mediaId, fields: null },
      ],
    },
  }) as never

async function publishedPages() {
  const { docs } = await db.payload.find({
    collection: 'pages',
    locale: 'pl',
    fallbackLocale: 'en',
    select: { title: true, path: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs
}

describe('rich text references', () => {
  it('follow a renamed page and give the image its alt text in the reader’s language', async () => {
    const target = await db.payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Mediation', slug: 'mediation-old', _status: 'published' },
    })
    const png = await sharp({
      create: { width: 1200, height: 600, channels: 3, background: '#1d70b8' },
    })
      .png()
      .toBuffer()
    const image = await db.payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'A parent and a mediator at a table' },
      file: { data: png, mimetype: 'image/png', name: 'meeting.png', size: png.length },
    })
    await db.payload.update({
      collection: 'media',
      id: image.id,
      locale: 'pl',
      data: { alt: 'Rodzic i mediator przy stole' },
    })
    const linking = await db.payload.create({
      collection: 'pages',
      context: ctx,
      data: {
        title: 'Guide',
        slug: 'guide-with-links',
        body: body(target.id, image.id),
        _status: 'published',
      },
    })
    await db.payload.update({
      collection: 'pages',
      id: target.id,
      context: ctx,
      data: { slug: 'mediation-new', _status: 'published' },
    })

    const refs = await richTextRefs(db.payload, linking.body, 'pl', await publishedPages())
    expect(refs.pages.get(String(target.id))?.path).toBe('mediation-new')
    const media = refs.media.get(String(image.id))
    expect(media?.alt).toBe('Rodzic i mediator przy stole')
    expect(media?.width).toBe(1200)
    expect(media?.sizes?.card?.width).toBe(640)
  })

  it('leave out a page that is not published', async () => {
    const draft = await db.payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Draft', slug: 'not-yet', _status: 'draft' },
    })
    const refs = await richTextRefs(db.payload, body(draft.id, 0), 'pl', await publishedPages())
    expect(refs.pages.size).toBe(0)
  })
})
