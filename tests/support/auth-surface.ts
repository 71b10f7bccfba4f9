import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Everything that can change data from outside, found by reading the source with the TypeScript compiler (no
 * hand-kept list): every export of a 'use server' module, every function with its own 'use server' directive,
 * and every POST / PUT / PATCH / DELETE export of a route handler under app/api.
 */

const ROOT = path.join(__dirname, '..', '..');
const SOURCE_DIRS = ['app', 'lib', 'components'];
const SKIPPED = new Set(['generated', 'node_modules']);
const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export interface ServerActionExport {
  /** Relative to the project root, with forward slashes, as the build's manifest names it. */
  file: string;
  name: string;
  /** Whether the action itself demands an administrator (it passes `role: 'admin'` to the action wrapper). */
  adminOnly: boolean;
}

export interface MutatingRoute {
  file: string;
  method: string;
  /** The URL path, dynamic segments filled with 1 ("/api/admin/figures/1"). */
  urlPath: string;
}

function sourceFiles(directory: string): string[] {
  const absolute = path.join(ROOT, directory);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

function hasUseServerDirective(statements: readonly ts.Statement[]): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === 'use server') return true;
  }
  return false;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Exported names of a module with the source text of each declaration. */
function exportedDeclarations(source: ts.SourceFile): Array<{ name: string; text: string }> {
  const found: Array<{ name: string; text: string }> = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) found.push({ name: statement.name.text, text: statement.getText() });
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) found.push({ name: declaration.name.text, text: declaration.getText() });
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) found.push({ name: element.name.text, text: '' });
    }
    if (ts.isExportAssignment(statement)) found.push({ name: 'default', text: statement.getText() });
  }
  return found;
}

/** Functions that declare 'use server' in their own body (inline server actions), as "file:line". */
export function inlineServerActions(): string[] {
  const found: string[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const source = parse(file);
    const visit = (node: ts.Node) => {
      const body = (ts.isFunctionLike(node) && 'body' in node ? node.body : undefined) as ts.Node | undefined;
      if (body && ts.isBlock(body) && hasUseServerDirective(body.statements)) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

export function serverActionExports(): ServerActionExport[] {
  return SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) => {
    const source = parse(file);
    if (!hasUseServerDirective(source.statements)) return [];
    return exportedDeclarations(source).map(({ name, text }) => ({ file, name, adminOnly: /role:\s*'admin'/.test(text) }));
  });
}

function urlPathOf(routeFile: string): string {
  const segments = path.posix.dirname(routeFile).split('/').slice(1);
  const visible = segments.filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => (/^\[.*\]$/.test(segment) ? '1' : segment));
  return `/${visible.join('/')}`;
}

export function mutatingRoutes(): MutatingRoute[] {
  return sourceFiles('app/api')
    .filter((file) => /\/route\.(ts|tsx)$/.test(file))
    .flatMap((file) =>
      exportedDeclarations(parse(file))
        .filter(({ name }) => MUTATING_METHODS.includes(name))
        .map(({ name }) => ({ file, method: name, urlPath: urlPathOf(file) })),
    );
}
