/**
 * Fast checks of the CDK project generator: literal escaping against two outside oracles (the
 * TypeScript parser and the JavaScript engine), the generated files' syntax and inertness with
 * hostile labels, names, determinism, the zip, and the pinned versions and feature flags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { cdkProjectNames, cdkProjectZip, CDK_VERSIONS, RECOMMENDED_FEATURE_FLAGS, toCdkProject, tsString } from '../../src/cdk/index';
import { EXAMPLES } from '../../src/examples';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/types';
import { HOSTILE_DESIGN, HOSTILE_LABELS } from './fixtures';

const repoRoot = join(__dirname, '../../../..');

function parse(code: string, name = 'x.ts'): ts.SourceFile {
  return ts.createSourceFile(name, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function syntaxErrors(sf: ts.SourceFile): string[] {
  return ((sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Every string literal and no-substitution template text in a file, and every identifier. */
function inventory(sf: ts.SourceFile): { strings: string[]; identifiers: Set<string> } {
  const strings: string[] = [];
  const identifiers = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n.text);
    if (ts.isIdentifier(n)) identifiers.add(n.text);
    n.forEachChild(visit);
  };
  visit(sf);
  return { strings, identifiers };
}

const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 });

describe('tsString', () => {
  it('the TypeScript parser reads back exactly the value, as one string literal on one line', () => {
    fc.assert(
      fc.property(anyUtf16, (value) => {
        const lit = tsString(value);
        const sf = parse(`const x = ${lit};\n`);
        expect(syntaxErrors(sf)).toEqual([]);
        const decl = (sf.statements[0] as ts.VariableStatement).declarationList.declarations[0]!;
        expect(ts.isStringLiteral(decl.initializer!)).toBe(true);
        expect((decl.initializer as ts.StringLiteral).text).toBe(value);
        expect(sf.statements).toHaveLength(1);
        expect(lit).not.toMatch(/[\n\r\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 500 },
    );
  });

  it('the JavaScript engine evaluates it to the value', () => {
    fc.assert(
      fc.property(anyUtf16, (value) => {
        expect(new Function(`return ${tsString(value)};`)()).toBe(value);
      }),
      { numRuns: 500 },
    );
    for (const label of HOSTILE_LABELS) expect(new Function(`return ${tsString(label)};`)()).toBe(label);
  });

  it('keeps Korean and emoji readable', () => {
    expect(tsString('세션 저장소 🚀')).toBe("'세션 저장소 🚀'");
  });
});

describe('toCdkProject', () => {
  it('writes the files of `cdk init app --language typescript` (plus lib/environments.ts and lib/<name>-app.ts)', () => {
    const p = toCdkProject(EXAMPLES[0]!.design);
    expect(Object.keys(p.files)).toEqual([
      '.gitignore',
      'README.md',
      'bin/web-caching.ts',
      'cdk.json',
      'lib/environments.ts',
      'lib/web-caching-app.ts',
      'lib/web-caching-stack.ts',
      'package.json',
      'test/web-caching.test.ts',
      'tsconfig.json',
    ]);
    const readme = p.files['README.md']!;
    for (const step of ['npm install', 'cdk bootstrap', 'cdk synth', 'cdk diff', 'cdk deploy --all', 'cdk destroy']) expect(readme).toContain(step);
    // CloudFront is protected by WAF in this example: a us-east-1 stack beside the main one, in any Region.
    expect(readme).toContain('aws://ACCOUNT/us-east-1');
    expect(p.files['lib/web-caching-app.ts']).toContain("region: 'us-east-1'");
    expect(p.files['lib/web-caching-app.ts']).toContain('crossRegionReferences: true');
    // `cdk deploy` without context deploys dev.
    expect(p.files['bin/web-caching.ts']).toContain("app.node.tryGetContext('stage') ?? 'dev'");
    // Without us-east-1 resources, one environment-agnostic stack.
    const site = toCdkProject(EXAMPLES.find((e) => e.id === 'static-site')!.design);
    expect(site.files['lib/static-site-app.ts']).not.toContain('us-east-1');
    expect(site.files['README.md']).not.toContain('us-east-1');
  });

  it('gives syntactically valid TypeScript for every example and for hostile labels, with every label as an inert string', () => {
    for (const design of [...EXAMPLES.map((e) => e.design), HOSTILE_DESIGN]) {
      const p = toCdkProject(design);
      const all = { strings: [] as string[], identifiers: new Set<string>() };
      for (const [path, text] of Object.entries(p.files)) {
        if (!path.endsWith('.ts')) continue;
        const sf = parse(text, path);
        expect(syntaxErrors(sf), path).toEqual([]);
        const inv = inventory(sf);
        all.strings.push(...inv.strings);
        inv.identifiers.forEach((i) => all.identifiers.add(i));
      }
      for (const node of design.nodes) {
        if (node.label && !/[\ud800-\udfff]/.test(node.label)) expect(all.strings, node.id).toContain(node.label);
      }
      // Nothing a label says became code.
      for (const injected of ['pwned', 'execSync', 'exit', 'globalThis']) expect(all.identifiers.has(injected), injected).toBe(false);
    }
  });

  it('names files and classes from the design name, in ASCII, whatever the name', () => {
    const named = (name: string) => cdkProjectNames({ ...EXAMPLES[0]!.design, name });
    expect(named('Web Caching v2!')).toMatchObject({ kebab: 'web-caching-v2', stackClass: 'WebCachingV2Stack' });
    expect(named('세션 저장소')).toMatchObject({ kebab: 'stackcanvas-app', stackClass: 'StackcanvasAppStack' });
    expect(named('2024 launch')).toMatchObject({ kebab: 'app-2024-launch', stackClass: 'App2024LaunchStack' });
    expect(named('x'.repeat(100)).kebab.length).toBeLessThanOrEqual(60);
  });

  it('is deterministic: node and edge order do not matter, and the zip is byte-identical', () => {
    const design = HOSTILE_DESIGN;
    const shuffled: Design = { ...design, nodes: [...design.nodes].reverse(), edges: [...design.edges].reverse() };
    const a = toCdkProject(design);
    expect(toCdkProject(shuffled).files).toEqual(a.files);
    const zip = cdkProjectZip(a);
    expect(cdkProjectZip(toCdkProject(design))).toEqual(zip);
    const unzipped = unzipSync(zip);
    const root = `${a.names.kebab}-cdk/`;
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(a.files)
        .map((f) => root + f)
        .sort(),
    );
    for (const [f, text] of Object.entries(a.files)) expect(strFromU8(unzipped[root + f]!)).toBe(text);
  });

  it('gives every node its own construct id and variable, even when ids collide once camel-cased', () => {
    const stack = toCdkProject(HOSTILE_DESIGN).files['lib/process-exit-1-x-stack.ts']!;
    const ids = [...stack.matchAll(/new [\w.]+\(this, '([^']+)'/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const vars = [...stack.matchAll(/const (\w+) = /g)].map((m) => m[1]);
    expect(new Set(vars).size).toBe(vars.length);
    // Node ids that are module aliases or words of the generated code get the kind as a suffix.
    expect(vars).toEqual(expect.arrayContaining(['vpc', 'vpcCache', 'ec2Bucket', 'cdkDistribution', 'propsTable', 'sizingDatabase', 'constructorGroup']));
  });

  it('pins the versions the workspace tests with, and copies aws-cdk-lib’s recommended feature flags', () => {
    const lib = JSON.parse(readFileSync(join(repoRoot, 'node_modules/aws-cdk-lib/package.json'), 'utf8'));
    expect(CDK_VERSIONS['aws-cdk-lib']).toBe(lib.version);
    const flags = JSON.parse(readFileSync(join(repoRoot, 'node_modules/aws-cdk-lib/recommended-feature-flags.json'), 'utf8'));
    expect(RECOMMENDED_FEATURE_FLAGS).toEqual(flags);
    const cdkJson = JSON.parse(toCdkProject(EXAMPLES[1]!.design).files['cdk.json']!);
    expect(cdkJson.context['@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig']).toBe(true);
    expect(cdkJson.app).toBe('npx tsx bin/static-site.ts');
  });

  it('exports a design with bare nodes and no edges, and an empty design', () => {
    const bare = parseDesign({
      format: 'stackcanvas.design',
      version: 1,
      name: 'bare',
      nodes: ['waf', 'cloudfront', 's3', 'alb', 'asg', 'elasticache', 'dax', 'dynamodb', 'rds'].map((kind) => ({ id: kind, kind, position: { x: 0, y: 0 } })),
      edges: [],
    });
    expect(bare.ok).toBe(true);
    if (!bare.ok) return;
    const stack = toCdkProject(bare.design).files['lib/bare-stack.ts']!;
    expect(syntaxErrors(parse(stack))).toEqual([]);
    expect(stack).toContain('has no origin yet');
    const empty = toCdkProject({ ...bare.design, nodes: [], edges: [] });
    expect(syntaxErrors(parse(empty.files['lib/bare-stack.ts']!))).toEqual([]);
    expect(empty.files['lib/bare-stack.ts']).not.toContain('ec2.Vpc');
  });
});
