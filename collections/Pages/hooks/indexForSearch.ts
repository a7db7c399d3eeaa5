import type { CollectionBeforeChangeHook } from 'payload'

import { blockText, isLexicalDocument } from '@/lib/richText/lexical'

/** Keeps, in the language being saved, the body as plain text for site search. */
export const indexForSearch: CollectionBeforeChangeHook = ({ data }) => {
  const body = data.body
  if (body !== undefined) {
    data.searchText = isLexicalDocument(body) ? blockText(body.root).trim().slice(0, 20_000) : ''
  }
  return data
}
