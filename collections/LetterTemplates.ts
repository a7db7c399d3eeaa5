import type { CollectionConfig, PayloadRequest } from 'payload'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/publishing'
import { purge } from '@/lib/cache/purge'
import { CACHE_TAGS, localizedPaths } from '@/lib/cache/tags'
import { allowedPlaceholders, LETTER_IDS, LETTERS } from '@/lib/letters/definitions'
import { validateLetterText } from '@/lib/letters/validateText'

const placeholderHelp = LETTER_IDS.map(
  (id) =>
    `${id}: ${allowedPlaceholders(id)
      .map((name) => `{{${name}}}`)
      .join(' ')}${LETTERS[id].flags.length ? `; conditions ${LETTERS[id].flags.join(', ')}` : ''}`,
).join(' | ')

async function revalidateLetters(letterId: string, context: Record<string, unknown>) {
  await purge(
    {
      tags: [CACHE_TAGS.letterTexts],
      paths: [...localizedPaths('letters'), ...localizedPaths(`letters/${letterId}`)],
    },
    context,
  )
}

/**
 * The words of the letter builder's letters. The letter itself is sent in English, so its subject,
 * body and legal basis are one text; only the explanation of what it says is per language. Which
 * questions a letter asks stays in code (lib/letters/definitions.ts).
 */
export const LetterTemplates: CollectionConfig = {
  slug: 'letter-templates',
  labels: { singular: 'Letter text', plural: 'Letter texts' },
  access: { read: anyone, create: canPublish, update: canPublish, delete: canPublish },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['letterId', 'subject', 'updatedAt'],
    group: 'Tools',
    description:
      'The letters families build in the letter builder. Placeholders in double braces are ' +
      'filled in from their answers; an unknown one cannot be saved.',
  },
  fields: [
    {
      name: 'letterId',
      type: 'select',
      options: LETTER_IDS.map((id) => ({ label: id, value: id })),
      required: true,
      unique: true,
      index: true,
      // The unique index is not enough on every database (the CI's MongoDB emulator ignores it):
      // one text per letter is checked here too.
      validate: async (
        value: unknown,
        { req, id }: { req: PayloadRequest; id?: number | string },
      ) => {
        if (typeof value !== 'string' || !value) return 'Choose the letter this text is for.'
        const { totalDocs } = await req.payload.count({
          collection: 'letter-templates',
          where: {
            letterId: { equals: value },
            ...(id !== undefined ? { id: { not_equals: id } } : {}),
          },
          req,
        })
        return totalDocs === 0 || 'This letter already has a text: edit that one instead.'
      },
      admin: { position: 'sidebar' },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      validate: (value: unknown, { siblingData }: { siblingData: { letterId?: unknown } }) =>
        validateLetterText(value, siblingData?.letterId),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      admin: {
        rows: 20,
        description:
          `In English. Leave a blank line between paragraphs. ${placeholderHelp}. ` +
          'Conditions: {{#if name}} ... {{else}} ... {{/if}}.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { letterId?: unknown } }) =>
        validateLetterText(value, siblingData?.letterId),
    },
    {
      name: 'legalBasis',
      type: 'text',
      required: true,
      admin: {
        description:
          'The law the letter relies on, in English, e.g. "Children and Families Act 2014, s42(2)".',
      },
    },
    {
      name: 'explanation',
      type: 'textarea',
      required: true,
      localized: true,
      admin: {
        description: 'What the letter says and what happens next, in the reader’s language.',
      },
    },
  ],
  hooks: {
    afterChange: [
      async ({ doc, context }) => {
        await revalidateLetters(doc.letterId, context)
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, context }) => {
        await revalidateLetters(doc.letterId, context)
        return doc
      },
    ],
  },
}
