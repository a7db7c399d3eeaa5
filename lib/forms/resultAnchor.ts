/**
 * The id of a tool's answer on its page. The tool's GET form submits to `…#result`, so the browser
 * lands on the answer rather than the top of the page (no JavaScript needed: the fragment survives
 * a GET form's query string). With errors there is no such element and the page opens at the top,
 * where the error summary is.
 */
export const RESULT_ID = 'result'

/** A form action that lands on the answer: `/en/deadline-calculator` -> `/en/deadline-calculator#result`. */
export const toResult = (href: string) => `${href}#${RESULT_ID}`
