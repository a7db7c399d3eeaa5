import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

import type { LetterDocument } from './render'

/** One paragraph whose lines are kept as line breaks (addresses, lists). */
function block(lines: string[], options: { bold?: boolean; right?: boolean } = {}) {
  return new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 240 },
    children: lines.map(
      (text, index) => new TextRun({ text, bold: options.bold, break: index > 0 ? 1 : undefined }),
    ),
  })
}

/**
 * The letter as a Word document (.docx, Office Open XML), built with the `docx` library: the
 * sender's address on the right, then the date, the recipient, the subject in bold, the body and
 * the signature, in Arial 12pt. Resolves to the file's bytes.
 */
export async function letterAsDocx(doc: LetterDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'SEND Local Offer letter builder',
    title: doc.subject,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [
      {
        children: [
          block([doc.senderName, ...doc.senderAddress], { right: true }),
          block([doc.date], { right: true }),
          block([doc.recipient.name, ...doc.recipient.address]),
          block([doc.salutation]),
          block([doc.subject], { bold: true }),
          ...doc.paragraphs.map((paragraph) => block(paragraph.split('\n'))),
          block([doc.signOff]),
          block(['', '', doc.senderName]),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
