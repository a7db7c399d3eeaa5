import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Issue 13, item 6: every exported function of lib/ carries a JSDoc comment (shapes, units, errors
// thrown, legal source). This test lists the ones that do not.

const root = path.resolve(__dirname, '..')

function libFiles(dir = path.join(root, 'lib')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return libFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

// TypeScript attaches a statement's JSDoc to the node itself (`jsDoc` is internal but stable).
const hasJsDoc = (node: ts.Node) => ((node as { jsDoc?: unknown[] }).jsDoc ?? []).length > 0

/** A const is a function when initialised with one, or with a call whose result is callable. */
function isFunctionConst(decl: ts.VariableDeclaration, checker: ts.TypeChecker): boolean {
  const init = decl.initializer
  if (!init) return false
  if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return true
  if (!ts.isCallExpression(init)) return false
  const type = checker.getTypeAtLocation(decl.name)
  // An unresolved type (any) might be a function: ask for a docstring rather than skip it.
  return type.getCallSignatures().length > 0 || (type.flags & ts.TypeFlags.Any) !== 0
}

/** The names of the exported functions of one file that have no JSDoc comment. */
function undocumented(file: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const documented = new Set<string>()
  const missing = new Set<string>()
  const note = (name: string, ok: boolean) => (ok ? documented : missing).add(name)

  function visitDeclaration(node: ts.Node) {
    if (ts.isFunctionDeclaration(node)) {
      // Overloads share one name: a docstring on any signature documents them all.
      note(node.name?.text ?? 'default', hasJsDoc(node))
    } else if (ts.isVariableStatement(node)) {
      for (const decl of node.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && isFunctionConst(decl, checker)) {
          note(decl.name.text, hasJsDoc(node) || hasJsDoc(decl))
        }
      }
    }
  }

  for (const statement of file.statements) {
    if (isExported(statement)) visitDeclaration(statement)
    // `export { local }`: check the local declaration when it is a function declared in this file
    // (a name imported from elsewhere in lib/ is checked in its own file).
    if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const spec of statement.exportClause.elements) {
        const symbol = checker.getExportSpecifierLocalTargetSymbol(spec)
        for (const decl of symbol?.declarations ?? []) {
          if (decl.getSourceFile() !== file || isExported(decl)) continue
          visitDeclaration(ts.isVariableDeclaration(decl) ? decl.parent.parent : decl)
        }
      }
    }
  }
  return [...missing].filter((name) => !documented.has(name))
}

function programFor(rootNames: string[], host?: ts.CompilerHost): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  const options = { ...config!.options, incremental: false, noEmit: true }
  return ts.createProgram({ rootNames, options, host })
}

describe('the docstring scanner', () => {
  const fixture = path.join(root, 'lib', '__docstring_fixture__.ts')
  const source = `
    const wrap = <T extends unknown[]>(fn: (...a: T) => number) => (...a: T) => fn(...a)
    /** Documented. */
    export function documentedDeclaration() {}
    export function bareDeclaration() {}
    /** Documented. */
    export const documentedArrow = () => 1
    export const bareArrow = () => 1
    export const bareFunctionExpression = function () {}
    /** Documented. */
    export const documentedWrapped = wrap((n: number) => n)
    export const bareWrapped = wrap((n: number) => n)
    export const notAFunction = String(1)
    export function overloaded(a: string): string
    /** Documented on the second signature. */
    export function overloaded(a: number): number
    export function overloaded(a: unknown) { return a }
    function bareLocal() {}
    /** Documented. */
    function documentedLocal() {}
    export { bareLocal, documentedLocal }
    function notExported() {}
  `
  const host = ts.createCompilerHost({})
  const readDefault = host.getSourceFile.bind(host)
  host.getSourceFile = (name, target, ...rest) =>
    path.resolve(name) === fixture
      ? ts.createSourceFile(name, source, target, true)
      : readDefault(name, target, ...rest)
  host.fileExists = (
    (exists) => (name: string) =>
      path.resolve(name) === fixture || exists(name)
  )(host.fileExists.bind(host))

  let found: string[] | undefined
  const scanFixture = () => {
    if (found) return found
    const program = programFor([fixture], host)
    return (found = undocumented(program.getSourceFile(fixture)!, program.getTypeChecker()))
  }

  it.each([
    ['bareDeclaration', true],
    ['bareArrow', true],
    ['bareFunctionExpression', true],
    ['bareWrapped', true],
    ['bareLocal', true],
    ['documentedDeclaration', false],
    ['documentedArrow', false],
    ['documentedWrapped', false],
    ['documentedLocal', false],
    ['overloaded', false],
    ['notAFunction', false],
    ['notExported', false],
  ])('%s is reported as undocumented: %s', (name, reported) => {
    expect(scanFixture().includes(name)).toBe(reported)
  })
})

describe('lib/', () => {
  it('documents every exported function with a JSDoc comment', () => {
    const files = libFiles()
    const program = programFor(files)
    const checker = program.getTypeChecker()
    const missing = files.flatMap((file) =>
      undocumented(program.getSourceFile(file)!, checker).map(
        (name) => `${path.relative(root, file)}: ${name}`,
      ),
    )
    expect(files.length).toBeGreaterThan(100)
    expect(missing).toEqual([])
  }, 120_000)
})
