import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'

import { letterAsDocx } from './docx'
import type { LetterDocument } from './render'

const doc: LetterDocument = {
  senderName: 'Zofia Ąćęłńóśźż',
  senderAddress: ['1 High Street', 'Bootle'],
  date: '30 November 2026',
  recipient: { name: 'Sefton Council', address: [] },
  subject: 'Section F provision not being made for Jan <Kowalski> & co',
  salutation: 'Dear Sir or Madam,',
  paragraphs: ['First paragraph.', '- one\n- two'],
  signOff: 'Yours faithfully,',
  legalBasis: 'Children and Families Act 2014, s42(2)',
  keyDates: [],
}

describe('letterAsDocx', () => {
  it('is a Word zip whose document holds every part of the letter, escaped', async () => {
    const bytes = await letterAsDocx(doc)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    const zip = await JSZip.loadAsync(bytes)
    expect(Object.keys(zip.files)).toContain('[Content_Types].xml')
    const xml = await zip.file('word/document.xml')!.async('string')
    for (const text of ['Zofia Ąćęłńóśźż', '30 November 2026', 'First paragraph.', '- two']) {
      expect(xml).toContain(text)
    }
    expect(xml).toContain('Jan &lt;Kowalski&gt; &amp; co')
  })
})
