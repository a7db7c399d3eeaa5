import {
  BlockquoteFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  RelationshipFeature,
  StrikethroughFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

/**
 * Exactly what components/RichText renders, and nothing else: an editor can only write what
 * readers will see. Left out on purpose: h1 (the page title is the h1), h5/h6 (GOV.UK styles
 * three heading sizes), underline (reads as a link), alignment and indent (fight right-to-left
 * Urdu and screen magnifiers), checklists, sub/superscript and custom blocks.
 * A test checks `EDITOR_FEATURES` against the renderer's `RENDERED_FEATURES`.
 */
export const editorFeatures = [
  ParagraphFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  StrikethroughFeature(),
  InlineCodeFeature(),
  // Internal links point at a page, not a typed path, so they follow renames and moves.
  // No "open in new tab": GOV.UK keeps links in the same tab, and the renderer does.
  LinkFeature({
    enabledCollections: ['pages'],
    fields: ({ defaultFields }) => defaultFields.filter((field) => field.name !== 'newTab'),
  }),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  HorizontalRuleFeature(),
  EXPERIMENTAL_TableFeature(),
  // Images and PDFs from Media; the image's alt text is the Media item's (per language).
  UploadFeature({ enabledCollections: ['media'] }),
  // A card-style link to another guide, shown with its current title.
  RelationshipFeature({ enabledCollections: ['pages'] }),
]

/** Feature keys of `editorFeatures`, for the test against the renderer. */
export const EDITOR_FEATURES = editorFeatures.map((feature) => feature.key)

export const richTextEditor = lexicalEditor({
  features: () => [...editorFeatures, FixedToolbarFeature(), InlineToolbarFeature()],
})
