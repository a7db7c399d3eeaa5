/**
 * The small template language of letter texts, so staff can edit them safely in the CMS:
 * - `{{childName}}` is replaced by an answer or a worked-out date;
 * - `{{#if wantsMediation}} ... {{else}} ... {{/if}}` keeps one part or the other (not nested).
 * Anything else between double braces is a mistake that checkTemplate reports.
 */

export type TemplateProblem =
  | { kind: 'unknown-placeholder'; name: string }
  | { kind: 'unknown-condition'; name: string }
  | { kind: 'malformed'; text: string }
  | { kind: 'nested-if' | 'else-without-if' | 'end-without-if' | 'unclosed-if' | 'stray-braces' }

export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(`Letter template has ${problems.length} problem(s)`)
    this.name = 'TemplateError'
  }
}

type Token =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string }
  | { type: 'if'; name: string }
  | { type: 'else' | 'end' }
  | { type: 'bad'; text: string }

const TAG = /\{\{([^{}]*)\}\}/g
const NAME = /^[A-Za-z][A-Za-z0-9]*$/

function tokenize(template: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of template.matchAll(TAG)) {
    if (match.index > last) tokens.push({ type: 'text', text: template.slice(last, match.index) })
    last = match.index + match[0].length
    const inner = match[1].trim()
    const condition = /^#if\s+(\S+)$/.exec(inner)
    if (inner === 'else') tokens.push({ type: 'else' })
    else if (inner === '/if') tokens.push({ type: 'end' })
    else if (NAME.test(inner)) tokens.push({ type: 'value', name: inner })
    else if (condition && NAME.test(condition[1])) tokens.push({ type: 'if', name: condition[1] })
    else tokens.push({ type: 'bad', text: match[0] })
  }
  if (last < template.length) tokens.push({ type: 'text', text: template.slice(last) })
  return tokens
}

const unique = <T>(items: T[], key: (item: T) => string) => {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)))
}

/**
 * Every problem in a letter text, in the order found, each listed once: placeholders and
 * conditions not in `allowed`, malformed tags, unbalanced {{#if}} blocks and loose braces.
 */
export function checkTemplate(
  template: string,
  allowed: { placeholders: readonly string[]; flags: readonly string[] },
): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  let inIf = false
  let elseSeen = false
  for (const token of tokenize(template)) {
    if (token.type === 'text') {
      if (token.text.includes('{{') || token.text.includes('}}')) {
        problems.push({ kind: 'stray-braces' })
      }
    } else if (token.type === 'value') {
      if (!allowed.placeholders.includes(token.name)) {
        problems.push({ kind: 'unknown-placeholder', name: token.name })
      }
    } else if (token.type === 'if') {
      if (inIf) problems.push({ kind: 'nested-if' })
      if (!allowed.flags.includes(token.name)) {
        problems.push({ kind: 'unknown-condition', name: token.name })
      }
      inIf = true
      elseSeen = false
    } else if (token.type === 'else') {
      if (!inIf || elseSeen) problems.push({ kind: 'else-without-if' })
      elseSeen = true
    } else if (token.type === 'end') {
      if (!inIf) problems.push({ kind: 'end-without-if' })
      inIf = false
    } else if (token.type === 'bad') {
      problems.push({ kind: 'malformed', text: token.text })
    }
  }
  if (inIf) problems.push({ kind: 'unclosed-if' })
  return unique(problems, (p) => JSON.stringify(p))
}

/** One English sentence per kind of problem, for the CMS's validation message. */
export function describeProblems(problems: TemplateProblem[], placeholders: readonly string[]) {
  const names = (kind: TemplateProblem['kind']) =>
    problems
      .filter((p) => p.kind === kind)
      .map((p) => ('name' in p ? `{{${p.name}}}` : 'text' in p ? p.text : ''))
  const parts: string[] = []
  const unknown = names('unknown-placeholder')
  if (unknown.length > 0) {
    parts.push(
      `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. ` +
        `This letter can use: ${placeholders.map((name) => `{{${name}}}`).join(', ')}.`,
    )
  }
  const conditions = names('unknown-condition')
  if (conditions.length > 0) parts.push(`Unknown condition: ${conditions.join(', ')}.`)
  const malformed = names('malformed')
  if (malformed.length > 0) parts.push(`Not a placeholder: ${malformed.join(', ')}.`)
  if (problems.some((p) => p.kind === 'nested-if'))
    parts.push('An {{#if}} cannot be inside another.')
  if (problems.some((p) => p.kind === 'else-without-if' || p.kind === 'end-without-if')) {
    parts.push('An {{else}} or {{/if}} has no {{#if}} before it.')
  }
  if (problems.some((p) => p.kind === 'unclosed-if')) parts.push('An {{#if}} has no {{/if}}.')
  if (problems.some((p) => p.kind === 'stray-braces'))
    parts.push('Some braces {{ or }} do not pair.')
  return parts.join(' ')
}

/**
 * The text with each placeholder replaced and each {{#if}} block resolved. Throws TemplateError
 * when the template has a problem or a value is missing, so a broken text is never sent.
 */
export function renderTemplate(
  template: string,
  values: Record<string, string>,
  flags: Record<string, boolean>,
): string {
  const problems = checkTemplate(template, {
    placeholders: Object.keys(values),
    flags: Object.keys(flags),
  })
  if (problems.length > 0) throw new TemplateError(problems)
  let out = ''
  let keep = [true]
  for (const token of tokenize(template)) {
    const showing = keep.every(Boolean)
    if (token.type === 'if') keep = [true, flags[token.name]]
    else if (token.type === 'else') keep = [true, !keep[1]]
    else if (token.type === 'end') keep = [true]
    else if (!showing) continue
    else if (token.type === 'text') out += token.text
    else if (token.type === 'value') out += values[token.name]
  }
  return out
}
