/**
 * The one-pass YAML writer against its oracle, js-yaml's own `dump` with the CloudFormation
 * schema (what the export used before): the same text for random templates with tricky strings
 * and nested intrinsics, except the space js-yaml leaves after a tag that opens a block. And what
 * it writes reads back, with js-yaml and with the `yaml` package as YAML 1.1 (as CloudFormation
 * reads it), to the same object.
 */
import fc from 'fast-check';
import yaml from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CFN_DUMP_SCHEMA, dumpCfnYaml, loadCfnYaml } from '../../src/cfn/yaml';
import { CfnExportError, toCloudFormation } from '../../src/cfn/index';
import { EXAMPLES } from '../../src/examples';
import { designArb } from './fixtures';

function jsYamlDump(value: unknown): string {
  // The old export: js-yaml, then the space after a tag at the end of a line removed. The strings
  // generated below hold no "!", so every "!Word " at a line end is a tag.
  return yaml.dump(value, { schema: CFN_DUMP_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false }).replace(/(![A-Za-z0-9]+) \n/g, '$1\n');
}

/** Strings that exercise every quoting decision: indicators, comments, ": ", line breaks, YAML 1.1 look-alikes, escapes, astral and lone surrogates. */
const pieces = [
  'a',
  'Z',
  'Web',
  ' ',
  ':',
  '::',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '|',
  '>',
  '=',
  '%',
  '@',
  '`',
  "'",
  '"',
  '\\',
  '\n',
  '\n\n',
  '\t',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\ud800',
  'é',
  '한국어',
  '😀',
  '0',
  '1',
  '42',
  '-1',
  '+3',
  '0x1F',
  '0o7',
  '0b1',
  '1_000',
  '1.5',
  '.5',
  '1e3',
  '.inf',
  '-.Inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  '<<',
  '1:20',
  '2012-10-17',
  '2001-12-14t21:59:43.10-05:00',
  '${AWS::StackName}',
  'AWS::EC2::VPC',
  'arn:aws:s3:::bucket/*',
  '/static/*',
];
const tricky = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 6 }).map((p) => p.join(''));
const text = fc.oneof(
  tricky,
  fc.string({ maxLength: 8 }).filter((s) => !s.includes('!')),
  fc.constantFrom(...pieces),
);
const keyText = fc.oneof(
  fc.constantFrom('Type', 'Properties', 'Fn::Sub', 'Ref', 'Condition', 'Value', 'A', 'B', '80', 'true', 'Name', 'Key with space'),
  tricky,
);
const INTRINSIC_KEYS = [
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::GetAZs',
  'Fn::If',
  'Fn::Equals',
  'Fn::Not',
  'Fn::And',
  'Fn::Or',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::ImportValue',
  'Fn::Transform',
  'Fn::ToJsonString',
  'Fn::Length',
  'Condition',
];

const value = fc.letrec<{ leaf: unknown; tree: unknown; array: unknown[]; object: Record<string, unknown>; intrinsic: Record<string, unknown> }>((tie) => ({
  leaf: fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -0, 1e21, 5e-100, 123.456, Number.NaN, Infinity, -Infinity),
    fc.boolean(),
    fc.constant(null),
  ),
  tree: fc.oneof({ maxDepth: 4, depthIdentifier: 'v' }, tie('leaf'), tie('leaf'), tie('array'), tie('object'), tie('intrinsic')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(keyText, tie('tree'), { maxKeys: 4 }),
  intrinsic: fc.tuple(fc.constantFrom(...INTRINSIC_KEYS), fc.oneof(tie('tree'), fc.tuple(text, text))).map(([k, v]) => ({ [k]: v })),
}));
const template = fc.dictionary(keyText, value.tree, { maxKeys: 6 });

const YAML_PACKAGE_ONLY_FLOAT = /^[-+]?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;

/** Whether a key or a string anywhere in `v` passes `test`. */
function holdsString(v: unknown, test: (s: string) => boolean): boolean {
  if (typeof v === 'string') return test(v);
  if (Array.isArray(v)) return v.some((x) => holdsString(x, test));
  if (v !== null && typeof v === 'object') return Object.entries(v).some(([k, x]) => test(k) || holdsString(x, test));
  return false;
}

/** The short-form tags for the `yaml` package, each read to its long form (as `loadCfnYaml` reads them). */
const tags = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Select',
  'Split',
  'GetAZs',
  'Base64',
  'Cidr',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'Transform',
  'ToJsonString',
  'Length',
].map((tag) => ({
  tag: `!${tag}`,
  resolve: (v: unknown) => ({
    [tag === 'Ref' ? 'Ref' : `Fn::${tag}`]: tag === 'GetAtt' && typeof v === 'string' ? [v.slice(0, v.indexOf('.')), v.slice(v.indexOf('.') + 1)] : v,
  }),
}));
const yamlTags = tags.flatMap((t) => [
  { tag: t.tag, collection: 'seq' as const, resolve: (v: { toJSON(): unknown }) => t.resolve(v.toJSON()) },
  { tag: t.tag, collection: 'map' as const, resolve: (v: { toJSON(): unknown }) => t.resolve(v.toJSON()) },
  { tag: t.tag, resolve: (v: string) => t.resolve(v) },
]);

describe('CloudFormation YAML writer', () => {
  it('writes what js-yaml writes (without the space after a tag that opens a block), or refuses what js-yaml refuses', () => {
    fc.assert(
      fc.property(template, (t) => {
        let expected: string | Error;
        try {
          expected = jsYamlDump(t);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) expect(() => dumpCfnYaml(t)).toThrow(TypeError);
        else expect(dumpCfnYaml(t)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a string as js-yaml does whatever earlier dumps wrote it as (the texts it keeps between dumps depend on the string and its level only)', () => {
    const strings = ['a\nb\n', ' lead\n  more', 'yes', 'x: y', 'plain', '0755', 'é', 'k'.repeat(600), '\n'];
    const shapes = (s: string): unknown[] => [
      { K: s },
      { A: { K: s } },
      { A: [s, { K: s }, [s]] },
      { [s]: s },
      { A: { B: { 'Fn::Sub': s } } },
      [{ Ref: s }, { K: { Ref: s } }],
    ];
    const all = strings.flatMap(shapes);
    // Each shape after every other one, forwards and backwards: a text kept from one place never shows up in another.
    for (const order of [all, [...all].reverse()]) for (const t of order) expect(dumpCfnYaml(t)).toBe(jsYamlDump(t));
    // A dump that leaves more texts than are kept drops them all; the next dumps are still right.
    const many = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`K${i}`, `v${i}`]));
    expect(dumpCfnYaml(many).length).toBeGreaterThan(60_000 * 8);
    for (const t of all) expect(dumpCfnYaml(t)).toBe(jsYamlDump(t));
  });

  it('writes a key over 1024 characters as an explicit key, as js-yaml does', () => {
    for (const key of ['k'.repeat(1025), 'k'.repeat(1024), '\u0001'.repeat(300), 'é'.repeat(700), `${'a'.repeat(1020)}: x`]) {
      const t = { [key]: { A: 1 }, B: [{ [key]: 'v' }] };
      expect(dumpCfnYaml(t)).toBe(jsYamlDump(t));
    }
  });

  it('writes every example template exactly as js-yaml does', () => {
    for (const e of EXAMPLES) {
      const t = toCloudFormation(e.design);
      expect(dumpCfnYaml(t)).toBe(jsYamlDump(t));
    }
  });

  it('what it writes reads back to the same object, with js-yaml and with the yaml package as YAML 1.1', () => {
    for (const e of EXAMPLES) {
      const t = toCloudFormation(e.design);
      const text = dumpCfnYaml(t);
      expect(loadCfnYaml(text)).toEqual(t);
      expect(parseYaml(text, { version: '1.1', customTags: yamlTags, maxAliasCount: 0 })).toEqual(t);
    }
  });

  it('what it writes for random designs reads back, with the yaml package as YAML 1.1 and 1.2, to the template object', () => {
    let exported = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        if (!design) return;
        let t: unknown;
        try {
          t = toCloudFormation(design);
        } catch (e) {
          if (e instanceof CfnExportError) return;
          throw e;
        }
        exported++;
        const text = dumpCfnYaml(t);
        // YAML 1.2 only: the yaml package's YAML 1.1 schema reads an edge id `e1` as the float 10 (see below).
        expect(parseYaml(text, { version: '1.2', customTags: yamlTags, maxAliasCount: 0 })).toEqual(t);
        expect(loadCfnYaml(text)).toEqual(t);
      }),
      { numRuns: 150 },
    );
    expect(exported).toBeGreaterThan(50);
  });

  it('what it writes for templates of hostile strings (JSON values only) reads back, with the yaml package as YAML 1.1 and 1.2, to the same object', () => {
    const json = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { maxDepth: 4, depthIdentifier: 'j' },
        text,
        text,
        fc.integer(),
        fc.constantFrom(0, 1.5, 1e21, 5e-100, 123.456, -7.25),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(keyText, tie('tree'), { maxKeys: 4 }),
        fc.tuple(fc.constantFrom(...INTRINSIC_KEYS), fc.oneof(tie('tree'), fc.tuple(text, text))).map(([k, v]) => ({ [k]: v })),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(keyText, json.tree, { maxKeys: 6 }), (t) => {
        const written = dumpCfnYaml(t);
        expect(loadCfnYaml(written)).toEqual(t);
        // The yaml package reads a line of spaces only in a literal block (`|2-` then "   ", the first line
        // too) as empty,
        // where js-yaml (and the YAML spec) keep the spaces beyond the indentation: such strings are
        // checked with js-yaml only.
        if (holdsString(t, (x) => /(?:^|\n) +\n|\n +$/.test(x))) return;
        expect(parseYaml(written, { version: '1.2', customTags: yamlTags, maxAliasCount: 0 })).toEqual(t);
        // The yaml package's YAML 1.1 schema alone reads `e5` (an exponent without digits before it) as a
        // float; PyYAML, SnakeYAML and js-yaml read a string, and the writer leaves it plain (edge ids `e1`).
        if (!holdsString(t, (x) => YAML_PACKAGE_ONLY_FLOAT.test(x))) {
          expect(parseYaml(written, { version: '1.1', customTags: yamlTags, maxAliasCount: 0 })).toEqual(t);
        }
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('keeps the spaces at the end of the lines of a multi-line string (the old regex ate "!Word " there)', () => {
    const t = { UserData: { 'Fn::Base64': { 'Fn::Sub': 'echo hi !Bang \nexit 0\n' } } };
    const text = dumpCfnYaml(t);
    expect(text).toBe('UserData: !Base64\n  Fn::Sub: |\n    echo hi !Bang \n    exit 0\n');
    expect(loadCfnYaml(text)).toEqual(t);
  });
});
