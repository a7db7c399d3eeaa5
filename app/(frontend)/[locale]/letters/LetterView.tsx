import type { LetterDocument } from '@/lib/letters/render'

/** The letter as it prints: always English and left to right, whatever the page's language. */
export function LetterView({ doc, label }: { doc: LetterDocument; label: string }) {
  const lines = (items: string[]) =>
    items.map((line, index) => (
      <span key={index} className="app-letter__line">
        {line}
      </span>
    ))
  return (
    <section className="app-letter" lang="en" dir="ltr" aria-label={label} id="letter">
      <p className="app-letter__sender">{lines([doc.senderName, ...doc.senderAddress])}</p>
      <p className="app-letter__date">{doc.date}</p>
      <p>{lines([doc.recipient.name, ...doc.recipient.address])}</p>
      <p>{doc.salutation}</p>
      <p>
        <strong>{doc.subject}</strong>
      </p>
      {doc.paragraphs.map((paragraph, index) => (
        <p key={index}>{lines(paragraph.split('\n'))}</p>
      ))}
      <p>{doc.signOff}</p>
      <p className="app-letter__signature">{doc.senderName}</p>
    </section>
  )
}
