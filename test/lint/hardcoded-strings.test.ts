// Every word the user reads comes from the catalogues through t(): this test parses every renderer
// component with the TypeScript compiler and fails on English (or any language) written in place —
// JSX text, string children, and string values of the attributes people read or hear (aria-label,
// title, placeholder, alt, label and the props that carry a label, title, caption or hint).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer', 'src');

/**
 * Text with letters that is allowed in place, because it is not language: each with its reason.
 * Keep it short; anything a translator would change belongs in the catalogues.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['CTED/NV/', 'the numbering prefix of CTED notes verbales (a reference, shown as a placeholder)'],
]);

/** A kebab-case identifier such as "map-keys": an element id or class name passed on, not words. */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
/** Character references in JSX text (&nbsp;, &#8212;) are symbols, not words. */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/gi;

/** Attributes whose value is read or heard by the user. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'caption',
  'hint',
  'intro',
  'summary',
  'heading',
  'legend',
]);
/** Props of the app's own components that carry words, e.g. emptyLabel, dialogTitle, tableCaption. */
const READ_PROP_SUFFIX = /(Label|Title|Caption|Hint|Placeholder|Summary)$/;

const HAS_LETTER = /\p{L}/u;

/** The allowed texts met so far, so that an entry no component needs any more is noticed. */
const allowedSeen = new Set<string>();

export interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

function isTranslationCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't'
  );
}

/**
 * The string literals an expression would show as they are: the expression itself, both branches
 * of a condition, the operands of +, ?? and ||, and the parts of a template. A call to t() shows a
 * translation; other calls, element access and identifiers show computed values, not literals.
 */
function shownLiterals(expression: ts.Expression): ts.Node[] {
  if (isTranslationCall(expression)) return [];
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return [expression];
  if (ts.isTemplateExpression(expression))
    return [
      expression.head,
      ...expression.templateSpans.flatMap((span) => [
        ...shownLiterals(span.expression),
        span.literal,
      ]),
    ];
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression))
    return shownLiterals(expression.expression);
  if (ts.isConditionalExpression(expression))
    return [...shownLiterals(expression.whenTrue), ...shownLiterals(expression.whenFalse)];
  if (
    ts.isBinaryExpression(expression) &&
    [
      ts.SyntaxKind.PlusToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
    ].includes(expression.operatorToken.kind)
  ) {
    const right = shownLiterals(expression.right);
    // `a && 'text'` shows the right side only; `cond && x` never shows a literal on the left.
    return expression.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
      ? right
      : [...shownLiterals(expression.left), ...right];
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isJsxText(node)) return node.text;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
    return node.text;
  return node.getText();
}

function attributeName(attribute: ts.JsxAttribute): string {
  return ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
}

/** The hard-coded user-facing strings of one .tsx source. */
export function hardCodedStrings(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const findings: Finding[] = [];
  const report = (node: ts.Node, where: string) => {
    const text = literalText(node).replace(/\s+/g, ' ').trim();
    if (ALLOWED.has(text)) {
      allowedSeen.add(text);
      return;
    }
    if (!HAS_LETTER.test(text.replace(CHARACTER_REFERENCE, '')) || IDENTIFIER.test(text)) return;
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    findings.push({ file, line: line + 1, text, where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, 'JSX text');
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const literal of shownLiterals(node.expression)) report(literal, 'JSX child');
    } else if (ts.isJsxAttribute(node)) {
      const name = attributeName(node);
      if (READ_ATTRIBUTES.has(name) || READ_PROP_SUFFIX.test(name)) {
        const value = node.initializer;
        if (value && ts.isStringLiteral(value)) report(value, `${name}="…"`);
        else if (value && ts.isJsxExpression(value) && value.expression)
          for (const literal of shownLiterals(value.expression)) report(literal, `${name}={…}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

function tsxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('hard-coded user-facing strings', () => {
  it('finds renderer components to check', () => {
    expect(tsxFiles(RENDERER).length).toBeGreaterThan(50);
  });

  it('has none in renderer/src/**/*.tsx: every word goes through t()', () => {
    allowedSeen.clear();
    const findings = tsxFiles(RENDERER).flatMap((path) =>
      hardCodedStrings(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    const lines = findings.map((f) => `${f.file}:${f.line} ${f.where}: ${JSON.stringify(f.text)}`);
    expect(lines).toEqual([]);
    const unused = [...ALLOWED.keys()].filter((text) => !allowedSeen.has(text));
    expect(unused, 'allowlist entries no component uses any more').toEqual([]);
  });

  it('reports JSX text, string children and read attributes written in place', () => {
    const source = `
      export const A = ({ on }: { on: boolean }) => (
        <section aria-label="Main part" title={on ? t('x.y') : 'Off'}>
          <h2>Visits</h2>
          {'Shown as is'}
          {on && 'Only when on'}
          <img alt={\`Map of \${name}\`} />
          <input placeholder="Search" />
          <Field label="Name" emptyLabel={'Nothing'} />
        </section>
      );`;
    expect(hardCodedStrings('a.tsx', source).map((f) => f.text)).toEqual([
      'Main part',
      'Off',
      'Visits',
      'Shown as is',
      'Only when on',
      'Map of',
      'Search',
      'Name',
      'Nothing',
    ]);
  });

  it('accepts translations, computed values, symbols and the allowed names', () => {
    const source = `
      export const B = ({ n }: { n: number }) => (
        <section aria-label={t('nav.label')} className="wide" id="main-part" data-x="y">
          <h2>{t('dashboard.title', { year: 'x' })}</h2>
          {' '}—{n} × ▲ 12 %
          <span title={formatDate(d)}>{names['key']}</span>
          <a href="#/states" aria-labelledby="heading-id">&nbsp;&#8212;</a>
          <WorldMap hint="map-keys" placeholder="CTED/NV/" />
        </section>
      );`;
    expect(hardCodedStrings('b.tsx', source)).toEqual([]);
  });
});
