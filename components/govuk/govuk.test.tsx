import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Checkboxes, Radios, Select, Textarea, TextInput } from './index'
import { Fieldset } from './Fieldset'

const hint = { text: 'A hint' }
const errorMessage = { text: 'Enter it', visuallyHiddenText: 'Error' }

/** The value of `attribute` on the element whose id is `id`, or null. */
function attr(html: string, id: string, attribute: string): string | null {
  const tag = html.match(new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`))?.[0]
  if (!tag) return null
  return tag.match(new RegExp(`\\b${attribute}="([^"]*)"`, 'i'))?.[1] ?? null
}

describe('TextInput, Textarea and Select wire the hint and error as GOV.UK Frontend does', () => {
  const render = {
    input: (o: object) =>
      renderToStaticMarkup(<TextInput id="f" name="f" label={{ text: 'Name' }} {...o} />),
    textarea: (o: object) =>
      renderToStaticMarkup(<Textarea id="f" name="f" label={{ text: 'Name' }} {...o} />),
    select: (o: object) =>
      renderToStaticMarkup(
        <Select
          id="f"
          name="f"
          label={{ text: 'Name' }}
          items={[{ value: 'a', text: 'A' }]}
          {...o}
        />,
      ),
  }
  const errorClass = {
    input: 'govuk-input--error',
    textarea: 'govuk-textarea--error',
    select: 'govuk-select--error',
  }
  it.each([
    // kind, options, aria-describedby, hint shown, error shown
    ['input', {}, null, false, false],
    ['input', { hint }, 'f-hint', true, false],
    ['input', { errorMessage }, 'f-error', false, true],
    ['input', { hint, errorMessage }, 'f-hint f-error', true, true],
    ['input', { hint, errorMessage, describedBy: 'intro' }, 'intro f-hint f-error', true, true],
    ['textarea', { hint }, 'f-hint', true, false],
    ['textarea', { errorMessage }, 'f-error', false, true],
    ['textarea', { hint, errorMessage }, 'f-hint f-error', true, true],
    ['select', { hint }, 'f-hint', true, false],
    ['select', { errorMessage }, 'f-error', false, true],
    ['select', { hint, errorMessage }, 'f-hint f-error', true, true],
  ] as const)('%s %j → aria-describedby %s', (kind, options, describedBy, hasHint, hasError) => {
    const html = render[kind](options)
    expect(attr(html, 'f', 'aria-describedby')).toBe(describedBy)
    expect(html.includes('<div id="f-hint" class="govuk-hint">A hint</div>')).toBe(hasHint)
    expect(
      html.includes(
        '<p id="f-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter it</p>',
      ),
    ).toBe(hasError)
    expect(
      html.startsWith(
        `<div class="govuk-form-group${hasError ? ' govuk-form-group--error' : ''}">`,
      ),
    ).toBe(true)
    expect(attr(html, 'f', 'class')?.split(' ').includes(errorClass[kind])).toBe(hasError)
  })

  it.each([
    [{ text: 'Name' }, '<label class="govuk-label" for="f">Name</label>'],
    [
      { text: 'Name', isPageHeading: true, classes: 'govuk-label--l' },
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="f">Name</label></h1>',
    ],
  ])('label %j', (label, expected) => {
    expect(renderToStaticMarkup(<TextInput id="f" name="f" label={label} />)).toContain(expected)
  })

  it('passes the value, autocomplete, spellcheck, inputmode, classes and extra attributes', () => {
    const html = renderToStaticMarkup(
      <TextInput
        id="f"
        name="f"
        label={{ text: 'Phone' }}
        value="0123"
        autocomplete="tel"
        spellcheck={false}
        inputmode="numeric"
        classes="govuk-input--width-10"
        attributes={{ type: 'tel', dir: 'ltr', maxLength: 20 }}
      />,
    )
    for (const [name, value] of [
      ['value', '0123'],
      ['autocomplete', 'tel'],
      ['spellcheck', 'false'],
      ['inputmode', 'numeric'],
      ['type', 'tel'],
      ['dir', 'ltr'],
      ['maxlength', '20'],
      ['class', 'govuk-input govuk-input--width-10'],
    ]) {
      expect(attr(html, 'f', name)).toBe(value)
    }
  })

  it('selects the value, inside option groups too', () => {
    const html = renderToStaticMarkup(
      <Select
        id="c"
        name="c"
        label={{ text: 'Council' }}
        value="b"
        items={[
          { value: '', text: 'All' },
          { label: 'North', lang: 'en', items: [{ value: 'b', text: 'B' }] },
        ]}
      />,
    )
    expect(html).toContain(
      '<optgroup label="North" lang="en"><option value="b" selected="">B</option></optgroup>',
    )
    expect(html).toContain('<option value="">All</option>')
  })
})

describe('Radios and Checkboxes', () => {
  const items = [
    { value: 'a', text: 'A' },
    { value: 'b', text: 'B', hint: { text: 'About B' } },
    { divider: 'or' },
    { value: 'c', text: 'C' },
  ]
  it.each([
    // options, fieldset aria-describedby
    [{}, null],
    [{ hint }, 'q-hint'],
    [{ errorMessage }, 'q-error'],
    [{ hint, errorMessage }, 'q-hint q-error'],
  ])('fieldset described by %j → %s', (options, describedBy) => {
    const html = renderToStaticMarkup(
      <Radios name="q" fieldset={{ legend: { text: 'Q' } }} items={items} {...options} />,
    )
    expect(html.match(/<fieldset[^>]*>/)?.[0]).toBe(
      `<fieldset class="govuk-fieldset"${describedBy ? ` aria-describedby="${describedBy}"` : ''}>`,
    )
    // With a fieldset the inputs carry only their own item hint.
    expect(attr(html, 'q', 'aria-describedby')).toBeNull()
    expect(attr(html, 'q-2', 'aria-describedby')).toBe('q-2-item-hint')
  })

  it.each([
    [{ text: 'Q' }, '<legend class="govuk-fieldset__legend">Q</legend>'],
    [
      { text: 'Q', isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Q</h1></legend>',
    ],
  ])('legend %j', (legend, expected) => {
    expect(renderToStaticMarkup(<Fieldset legend={legend}>x</Fieldset>)).toContain(expected)
    expect(renderToStaticMarkup(<Radios name="q" fieldset={{ legend }} items={items} />)).toContain(
      expected,
    )
  })

  it.each([
    // component, checked option, ids checked
    ['radios', 'b', ['q-2']],
    ['radios', undefined, []],
    ['checkboxes', ['a', 'c'], ['q', 'q-3']],
    ['checkboxes', [], []],
  ] as const)('%s checked %j → %j; ids q, q-2, q-3 skip the divider', (kind, checked, ids) => {
    const html =
      kind === 'radios'
        ? renderToStaticMarkup(
            <Radios name="q" value={checked as string | undefined} items={items} />,
          )
        : renderToStaticMarkup(
            <Checkboxes name="q" values={[...(checked as readonly string[])]} items={items} />,
          )
    for (const id of ['q', 'q-2', 'q-3']) {
      expect(attr(html, id, 'checked') !== null).toBe((ids as readonly string[]).includes(id))
    }
    expect(html).toContain(`<div class="govuk-${kind}__divider">or</div>`)
    expect(attr(html, 'q', 'type')).toBe(kind === 'radios' ? 'radio' : 'checkbox')
  })

  it('a checkbox without a fieldset is itself described by describedBy, the hint then the error', () => {
    const html = renderToStaticMarkup(
      <Checkboxes
        name="consent"
        describedBy="statement"
        errorMessage={errorMessage}
        classes="govuk-checkboxes--small"
        items={[{ value: 'yes', text: 'I agree' }]}
      />,
    )
    expect(attr(html, 'consent', 'aria-describedby')).toBe('statement consent-error')
    expect(html).toContain('<div class="govuk-checkboxes govuk-checkboxes--small">')
    expect(html).toContain('govuk-form-group--error')
  })

  it('item ids and per-input attributes can be given', () => {
    const html = renderToStaticMarkup(
      <Radios
        name="x"
        items={[
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B', id: 'x-b' },
        ]}
        attributes={{ 'data-test': 'all' }}
      />,
    )
    expect(attr(html, 'x', 'data-test')).toBe('all')
    expect(attr(html, 'x-b', 'value')).toBe('b')
  })
})
