import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

it('packages/core imports no React, DOM, zustand or Node built-ins (framework-free and browser-safe)', () => {
  const offenders: string[] = [];
  for (const file of sources(join(__dirname, '../src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (/^(react|react-dom|zustand|zundo|@xyflow\/)/.test(spec) || spec.startsWith('node:') || /^(fs|path|child_process)$/.test(spec)) {
        offenders.push(`${file}: ${spec}`);
      }
    }
    if (/(^|[^.\w])(document|window)\.[a-z]/.test(text)) offenders.push(`${file}: uses the DOM`);
  }
  expect(offenders).toEqual([]);
});

/**
 * "One kind, one folder": outside `catalog/<kind>/`, no source file names a kind or a kind's primary
 * resource type as a string literal. Exceptions: the registry (`catalog/index.ts`), the validation
 * rules (they are about kinds) and the doc generators (`scripts/`, not scanned).
 */
it('no source file outside catalog/<kind>/ holds a kind name or a primary resource type as a string literal', async () => {
  const ts = (await import('typescript')).default;
  const { ALL_KINDS, DEFINITIONS, loadFacets, resourceTypes } = await import('../src/catalog/index');
  await loadFacets();
  const forbidden = new Set<string>([...ALL_KINDS, ...[...resourceTypes()].filter(([, info]) => info.primary).map(([type]) => type)]);
  expect(forbidden.size).toBeGreaterThan(ALL_KINDS.length);
  const root = join(__dirname, '../../..');
  const kindFolders = DEFINITIONS.map((d) => join(root, 'packages/core/src/catalog', d.kind) + '/');
  const exempt = (file: string) =>
    kindFolders.some((f) => file.startsWith(f)) ||
    file === join(root, 'packages/core/src/catalog/index.ts') ||
    file.startsWith(join(root, 'packages/core/src/rules') + '/') ||
    // generated from @aws-cdk/aws-service-spec for every AWS resource type (scripts/gen-replacement-table.ts)
    file === join(root, 'packages/core/src/changeset/replacement-table.ts') ||
    /\.test\.tsx?$/.test(file);
  const files = ['packages/core/src', 'packages/cli/src', 'app/src'].flatMap((d) => sources(join(root, d))).filter((f) => !exempt(f));
  expect(files.length).toBeGreaterThan(40);
  const offenders: string[] = [];
  for (const file of files) {
    for (const value of stringLiterals(ts, file, readFileSync(file, 'utf8')))
      if (forbidden.has(value)) offenders.push(`${file.slice(root.length + 1)}: '${value}'`);
  }
  expect(offenders).toEqual([]);
});

/** Every string literal of a source file (parsed, so regular expressions and JSX text are not mistaken for strings). */
function stringLiterals(ts: typeof import('typescript'), file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: import('typescript').Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

it('the boundary check finds the literals of a kind name and a primary resource type', async () => {
  const ts = (await import('typescript')).default;
  const text = `const re = /it's/; if (n.kind === 'dax' && t === \`AWS::DAX::Cluster\`) { x = <b title="s3">rds</b>; }`;
  expect(stringLiterals(ts, 'x.tsx', text)).toEqual(['dax', 'AWS::DAX::Cluster', 's3']);
});
