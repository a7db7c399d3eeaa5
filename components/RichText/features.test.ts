import { describe, expect, it } from 'vitest'

import { EDITOR_FEATURES } from '@/fields/richTextEditor'

import { RENDERED_FEATURES } from './index'

const TOOLBARS = ['toolbarFixed', 'toolbarInline']

describe('rich text in equals rich text out', () => {
  it("the editor's features are exactly the ones the site renders", () => {
    expect([...EDITOR_FEATURES].sort()).toEqual([...RENDERED_FEATURES].sort())
  })

  it('the configured editor (payload.config.ts) offers nothing else', async () => {
    process.env.PAYLOAD_SECRET ??= 'features-test-secret'
    const config = await (await import('@payload-config')).default
    const editor = config.editor as unknown as {
      editorConfig: { resolvedFeatureMap: Map<string, unknown> }
    }
    const keys = [...editor.editorConfig.resolvedFeatureMap.keys()].filter(
      (key) => !TOOLBARS.includes(key),
    )
    expect(keys.sort()).toEqual([...RENDERED_FEATURES].sort())
  })
})
