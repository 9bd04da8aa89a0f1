/**
 * How untrusted YAML is read (`loadUntrusted` of `src/import/load.ts`): as CloudFormation reads it.
 * The oracle is cfn-lint's own loader (PyYAML 1.1 + CloudFormation tags), run in Python; each
 * place where we read differently is a decision of docs/import.md ("How YAML is read") and has
 * its own test here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadUntrusted, MAX_YAML_ALIASES } from '../../src/import/load';
import { cfnLintLoads, datesAsText } from './cfn-lint-yaml';
import { SHORT_FORMS } from '../short-forms';

const SAMPLES_DIR = join(__dirname, '../../../../../shared/fixtures/aws-samples');

function load(text: string): unknown {
  const r = loadUntrusted(text, 'template');
  if (!r.ok) throw new Error(`refused: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function refusal(text: string) {
  const r = loadUntrusted(text, 'template');
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('short-form tags → long form', () => {
  it.each(SHORT_FORMS)('!%s on a scalar, a sequence and a mapping gives { "%s": … }', (tag, key) => {
    const scalar = tag === 'GetAtt' ? ['Res', 'Attr'] : 'Res';
    expect(load(`a: !${tag} Res${tag === 'GetAtt' ? '.Attr' : ''}\n`)).toEqual({ a: { [key]: scalar } });
    expect(load(`a: !${tag} [x, 2]\n`)).toEqual({ a: { [key]: ['x', 2] } });
    expect(load(`a: !${tag}\n  - x\n  - yes\n`)).toEqual({ a: { [key]: ['x', true] } });
    expect(load(`a: !${tag}\n  Name: n\n  Values: [1]\n`)).toEqual({ a: { [key]: { Name: 'n', Values: [1] } } });
    expect(load(`a: !${tag} { Name: n }\n`)).toEqual({ a: { [key]: { Name: 'n' } } });
  });

  it('and cfn-lint reads every one of them to the same long form', () => {
    const texts = SHORT_FORMS.map(([tag]) => `a: !${tag} [x, 2]\nb: !${tag} { Name: n }\nc: !${tag} text\n`);
    const oracle = cfnLintLoads(texts);
    texts.forEach((text, i) => expect(oracle[i]).toEqual({ ok: true, value: load(text) }));
  });

  it('!GetAtt splits at the first dot only; without a dot it is a one-item list (as cfn-lint)', () => {
    expect(load('a: !GetAtt Res.Outputs.Name\nb: !GetAtt Res\nc: !GetAtt [Res, Attr.Deep]\n')).toEqual({
      a: { 'Fn::GetAtt': ['Res', 'Outputs.Name'] },
      b: { 'Fn::GetAtt': ['Res'] },
      c: { 'Fn::GetAtt': ['Res', 'Attr.Deep'] },
    });
  });

  it('a tagged scalar is its text, never resolved; an empty one is ""', () => {
    expect(load('a: !Ref 123\nb: !Sub yes\nc: !GetAZs\nd: !Base64 2012-10-17\ne: !Sub |\n  line ${A}\n')).toEqual({
      a: { Ref: '123' },
      b: { 'Fn::Sub': 'yes' },
      c: { 'Fn::GetAZs': '' },
      d: { 'Fn::Base64': '2012-10-17' },
      e: { 'Fn::Sub': 'line ${A}\n' },
    });
  });

  it('nested short forms, as real templates write them', () => {
    const text = [
      'Conditions:',
      '  C: !And [!Condition X, !Not [!Equals [!Ref Env, prod]]]',
      'Rules:',
      '  R:',
      '    RuleCondition: !Contains [[a, b], !Ref Env]',
      '    Assertions:',
      '      - Assert: !EachMemberIn [!ValueOfAll [AWS::EC2::Subnet::Id, VpcId], !RefAll AWS::EC2::VPC::Id]',
      '      - Assert: !EachMemberEquals [!ValueOf [Subnets, VpcId], !Ref Vpc]',
      'Resources:',
      '  S:',
      '    Type: AWS::EC2::Subnet',
      '    Properties:',
      '      AvailabilityZone: !Select [0, !GetAZs ""]',
      '      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]]',
      '      Tags: [{ Key: k, Value: !ImportValue { Fn::Sub: "${Stack}-x" } }]',
      '      UserData: !Base64',
      '        Fn::Sub: "echo ${A}"',
    ].join('\n');
    expect(load(text)).toEqual({
      Conditions: { C: { 'Fn::And': [{ Condition: 'X' }, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }] }] } },
      Rules: {
        R: {
          RuleCondition: { 'Fn::Contains': [['a', 'b'], { Ref: 'Env' }] },
          Assertions: [
            { Assert: { 'Fn::EachMemberIn': [{ 'Fn::ValueOfAll': ['AWS::EC2::Subnet::Id', 'VpcId'] }, { 'Fn::RefAll': 'AWS::EC2::VPC::Id' }] } },
            { Assert: { 'Fn::EachMemberEquals': [{ 'Fn::ValueOf': ['Subnets', 'VpcId'] }, { Ref: 'Vpc' }] } },
          ],
        },
      },
      Resources: {
        S: {
          Type: 'AWS::EC2::Subnet',
          Properties: {
            AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
            CidrBlock: { 'Fn::Select': [0, { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 6, 8] }] },
            Tags: [{ Key: 'k', Value: { 'Fn::ImportValue': { 'Fn::Sub': '${Stack}-x' } } }],
            UserData: { 'Fn::Base64': { 'Fn::Sub': 'echo ${A}' } },
          },
        },
      },
    });
  });
});

describe('plain scalars: YAML 1.1, as CloudFormation and cfn-lint read them', () => {
  /** [plain text, our value]. cfn-lint must agree on each (checked below), except the DEVIATIONS. */
  const SCALARS: readonly [string, unknown][] = [
    // Booleans: YAML 1.1's words. CloudFormation turns unquoted `Value: YES` into "true" (a
    // tag value reported in ASFHyP3/hyp3#2061; aws-cli quotes them for that reason, aws/aws-cli#5257).
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['on', true],
    ['On', true],
    ['true', true],
    ['True', true],
    ['no', false],
    ['No', false],
    ['OFF', false],
    ['false', false],
    // Not booleans for PyYAML (nor SnakeYAML), despite the YAML 1.1 spec.
    ['y', 'y'],
    ['n', 'n'],
    ['N', 'N'],
    ['yEs', 'yEs'],
    // Null.
    ['~', null],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['nil', 'nil'],
    // Integers: octal with a leading 0, hex, binary, underscores, base 60.
    ['0755', 493],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['1:20', 80],
    ['190:20:30', 685230],
    ['+12', 12],
    ['-0', 0],
    ['0', 0],
    ['01234567', 342391],
    ['012345678901', '012345678901'], // an account id with a leading 0 and an 8: a string
    ['0o17', '0o17'], // YAML 1.2's octal is a string in 1.1
    // Floats need a dot in YAML 1.1: `1e3` is a string, `1.0e+3` a number; `3.10` is 3.1.
    ['1e3', '1e3'],
    ['1.0e+3', 1000],
    ['1.5', 1.5],
    ['3.10', 3.1],
    ['.5', 0.5],
    ['1.', 1],
    ['-2.5', -2.5],
    ['1_0.5', 10.5],
    // Strings that look like other things in other YAML versions.
    ['1.2.3', '1.2.3'],
    ['t2.micro', 't2.micro'],
    ['2012-10', '2012-10'],
    ['0x', '0x'],
  ];

  it.each(SCALARS)('%s → %j', (text, value) => {
    expect(load(`a: ${text}\n`)).toEqual({ a: value });
    // Quoted or block, every one of them is a string.
    expect(load(`a: "${text}"\nb: '${text}'\nc: |-\n  ${text}\n`)).toEqual({ a: text, b: text, c: text });
  });

  it('cfn-lint reads each of them to the same value', () => {
    const oracle = cfnLintLoads(SCALARS.map(([text]) => `a: ${text}\n`));
    SCALARS.forEach(([text, value], i) => expect([text, oracle[i]]).toEqual([text, { ok: true, value: { a: value } }]));
  });

  // Where we read differently from cfn-lint, on purpose.
  const DEVIATIONS: readonly [string, unknown, string][] = [
    // CloudFormation does not support the timestamp tag: a date is its text (IAM's policy
    // version `2012-10-17`, `AWSTemplateFormatVersion: 2010-09-09`). cfn-lint gives a date.
    ['2012-10-17', '2012-10-17', '$date'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00', '$datetime'],
    ['2001-12-14 21:59:43.10', '2001-12-14 21:59:43.10', '$datetime'],
    // A JSON template cannot hold infinity or NaN, so these stay text. cfn-lint gives floats.
    ['.inf', '.inf', '$float'],
    ['-.Inf', '-.Inf', '$float'],
    ['.NaN', '.NaN', '$float'],
  ];

  it.each(DEVIATIONS)('%s → %j (cfn-lint: %s)', (text, value) => {
    expect(load(`a: ${text}\n`)).toEqual({ a: value });
  });

  it('the deviations are real: cfn-lint reads them as dates, timestamps and floats', () => {
    const oracle = cfnLintLoads(DEVIATIONS.map(([text]) => `a: ${text}\n`));
    DEVIATIONS.forEach(([, , marker], i) => {
      const r = oracle[i]!;
      expect(r.ok && Object.keys((r.value as { a: object }).a)).toEqual([marker]);
    });
  });

  it('`=` (PyYAML\'s "value" key, which cfn-lint cannot construct) is the string "="', () => {
    expect(load('a: =\n')).toEqual({ a: '=' });
    expect(cfnLintLoads(['a: =\n'])[0]!.ok).toBe(false);
  });

  it('explicit !!str, !!int, !!float, !!bool and !!null tags are honoured', () => {
    expect(load('a: !!str 0755\nb: !!int "0755"\nc: !!float 12\nd: !!bool "Yes"\ne: !!null ""\nf: !!str\n')).toEqual({
      a: '0755',
      b: 493,
      c: 12,
      d: true,
      e: null,
      f: '',
    });
    expect(refusal('a: !!int twelve\n').message).toMatch(/!!int "twelve" is not a YAML 1.1 int at line 1/);
  });

  it.each(['binary aGk=', 'timestamp 2012-10-17', 'set {a: null}', 'omap [{a: 1}]', 'pairs [{a: 1}]'])(
    '!!%s is refused by name (CloudFormation leaves it out of YAML 1.1)',
    (tagged) => {
      const e = refusal(`a: !!${tagged}\n`);
      expect(e.code).toBe('malformed');
      expect(e.message).toMatch(
        new RegExp(`^malformed YAML: the YAML tag !!${tagged.split(' ')[0]} is not supported by CloudFormation at line 1, column \\d+$`),
      );
    },
  );
});

describe('mapping keys', () => {
  it('resolve like values, then become strings (as cfn-lint gives Python keys True, 493)', () => {
    const text = 'yes: 1\n10: 2\n0755: 3\n3.5: 4\n"0755": 5\n2012-10-17: 6\n';
    expect(load(text)).toEqual({ true: 1, '10': 2, '493': 3, '3.5': 4, '0755': 5, '2012-10-17': 6 });
    expect(datesAsText((cfnLintLoads([text])[0] as { value: unknown }).value)).toEqual(load(text));
  });

  it('duplicate keys are refused with both lines, as cfn-lint refuses them (E0000)', () => {
    const text = 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SQS::Queue\n';
    expect(refusal(text).message).toBe('malformed YAML: duplicate key "A" (first at line 2) at line 4, column 3');
    expect(cfnLintLoads([text])[0]).toMatchObject({ ok: false, error: expect.stringMatching(/Duplicate found 'A'/) });
    // Keys that differ in text but not in value are duplicates too.
    expect(refusal('a: {yes: 1, true: 2}\n').message).toMatch(/duplicate key "true"/);
  });

  it('null keys and collection keys are refused', () => {
    expect(refusal('~: 1\n').message).toMatch(/null keys are not supported/);
    expect(refusal('a: {: 1}\n').message).toMatch(/null keys are not supported/);
    expect(cfnLintLoads(['~: 1\n'])[0]!.ok).toBe(false);
    expect(refusal('? [a, b]\n: 1\n').message).toMatch(/a mapping key must be a plain string/);
    expect(refusal('!Ref a: 1\n').message).toMatch(/a mapping key cannot carry the tag !Ref/);
  });

  it('key order is kept exactly, except integer-like keys, which JavaScript objects put first', () => {
    const keys = (text: string) => Object.keys(load(text) as object);
    expect(keys('b: 1\na: 2\nc: 3\nZ: 4\n')).toEqual(['b', 'a', 'c', 'Z']);
    // "2" and "10" are array-index keys: every JavaScript object (and JSON.parse) lists them
    // first, ascending. "01", "-1", "1.5" and "4294967295" are not indices and keep their place.
    expect(keys('b: 1\n"10": 2\na: 3\n"2": 4\n"01": 5\n"-1": 6\n"1.5": 7\n"4294967295": 8\n')).toEqual(['2', '10', 'b', 'a', '01', '-1', '1.5', '4294967295']);
    // The same as JSON.parse does with the same keys: YAML and JSON templates agree.
    expect(keys('b: 1\n"10": 2\na: 3\n"2": 4\n')).toEqual(Object.keys(JSON.parse('{"b":1,"10":2,"a":3,"2":4}') as object));
  });

  it('__proto__, constructor and prototype keys never reach a prototype, and are refused', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const e = refusal(`Resources:\n  A:\n    ${key}: { polluted: true }\n`);
      expect(e.code).toBe('unsafe');
      expect(e.message).toBe(`$.Resources.A.${key}: the key "${key}" is not allowed`);
    }
    const e = refusal('a: &x { polluted: true }\nb: { <<: *x, __proto__: *x }\n');
    expect(e.code).toBe('unsafe');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('comments', () => {
  it('are not kept (the design holds values), and the import says so', () => {
    const r = loadUntrusted('# a template\nResources: # the resources\n  A:\n    Type: AWS::SNS::Topic\n    Properties: { DisplayName: "#1 topic" }\n');
    expect(r.ok && r.value).toEqual({ Resources: { A: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: '#1 topic' } } } });
    expect(r.ok && r.warnings).toEqual(["YAML comments (2) are not kept: the design holds the template's values, and the export writes them without comments"]);
    const none = loadUntrusted('Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: { DisplayName: "a # b" }\n');
    expect(none.ok && none.warnings).toEqual([]);
  });
});

describe('aliases and merge keys (CloudFormation accepts neither; we expand them and say so)', () => {
  it('an alias becomes a copy of its anchor, with a warning', () => {
    const r = loadUntrusted('t: &t [{ Key: a, Value: b }]\nA: *t\nB: *t\n');
    expect(r.ok && r.value).toEqual({ t: [{ Key: 'a', Value: 'b' }], A: [{ Key: 'a', Value: 'b' }], B: [{ Key: 'a', Value: 'b' }] });
    expect(r.ok && r.warnings).toEqual([
      'YAML aliases (2) were expanded into copies: CloudFormation does not accept aliases, so the export writes each value in full',
    ]);
  });

  it('merge keys merge as PyYAML (cfn-lint) merges: own keys win, then the first mapping listed', () => {
    const text = 'a: &a { x: 1, y: 1 }\nb: &b { y: 2, z: 2 }\nm: { <<: [*a, *b], x: 0 }\nn: { w: 9, <<: *b }\n';
    const value = load(text);
    expect(value).toEqual({ a: { x: 1, y: 1 }, b: { y: 2, z: 2 }, m: { x: 0, y: 1, z: 2 }, n: { w: 9, y: 2, z: 2 } });
    const oracle = cfnLintLoads([text])[0]!;
    expect(oracle).toEqual({ ok: true, value });
    // PyYAML's order too: merged keys first, then the mapping's own.
    expect(Object.keys((value as { n: object }).n)).toEqual(Object.keys((oracle as { value: { n: object } }).value.n));
    const r = loadUntrusted(text);
    expect(r.ok && r.warnings.join('\n')).toMatch(/YAML merge keys \(<<, 2\) were merged/);
  });

  it('a merge of something other than mappings is refused', () => {
    expect(refusal('a: { <<: [1, 2] }\n').message).toMatch(/a merge key \(<<\) needs a mapping or a list of mappings at line 1/);
    expect(load('a: { "<<": 1 }\n')).toEqual({ a: { '<<': 1 } }); // quoted: a plain key
  });

  it(`more than ${MAX_YAML_ALIASES} aliases are refused before any expansion, quickly`, () => {
    const text = `a: &a [x]\nb: [${Array(MAX_YAML_ALIASES + 1)
      .fill('*a')
      .join(', ')}]\n`;
    const start = performance.now();
    const e = refusal(text);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(e).toMatchObject({ code: 'alias-bomb', message: 'the template has more than 10,000 YAML aliases (*name); refused', detail: { code: 'SC-I025' } });
  });

  it('a chain of merges that would copy without end is refused', () => {
    const lines = ['m0: &m0 { k0: 1 }'];
    for (let i = 1; i <= 3000; i++) lines.push(`m${i}: &m${i} { <<: *m${i - 1}, k${i}: 1 }`);
    const e = refusal(lines.join('\n'));
    expect(e).toMatchObject({
      code: 'alias-bomb',
      message: 'the template has more than 100,000 values merged through YAML merge keys (<<); refused',
      detail: { code: 'SC-I025' },
    });
  });

  it('an alias to an unknown anchor is refused with its line', () => {
    expect(refusal('a: 1\nb: *nope\n').message).toBe('malformed YAML: unknown alias *nope at line 2, column 4');
  });
});

describe('malformed YAML: one line with the position', () => {
  it.each([
    ['a tab as indentation', 'Resources:\n\tA: 1\n', /^malformed YAML: Tabs are not allowed as indentation at line 2, column 1$/],
    ['an unclosed flow sequence', 'Resources:\n  A: [1, 2\n  B: 3\n', /^malformed YAML: .* at line \d+, column \d+$/],
    ['bad indentation', 'Resources:\n  A: 1\n   B: 2\n', /^malformed YAML: .* at line 2, column \d+$/],
    [
      'two documents',
      'Resources: {}\n---\nResources: {}\n',
      /^malformed YAML: a second YAML document starts here \(a template is one document\) at line 2, column 1$/,
    ],
    ['an unknown !! tag', 'a: !!js/function "f"\n', /^malformed YAML: unknown tag !!js\/function at line 1, column \d+$/],
  ])('%s', (_name, text, message) => {
    const e = refusal(text);
    expect(e.code).toBe('malformed');
    expect(e.message).toMatch(message);
  });

  it.each([
    ['5 MB of [', `a: ${'['.repeat(5_000_000)}`],
    ['2.5 million compact - ', `${'- '.repeat(2_500_000)}x`],
    ['a thousand indented levels', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
  ])('nesting far past the limit (%s) is refused while parsing, in well under a second', (_name, text) => {
    const start = performance.now();
    const e = refusal(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(e.code).toBe('unsafe');
    expect(e.message).toMatch(/^the template is nested deeper than 64 levels \(at line \d+, column \d+\)$/);
  });

  it('nesting just past the limit is refused with the JSON path', () => {
    const e = refusal(`a: ${'['.repeat(66)}${']'.repeat(66)}\n`);
    expect(e.code).toBe('unsafe');
    expect(e.message).toMatch(/^\$\.a(\[0\])+: nested deeper than 64 levels$/);
    expect(load(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toBeTruthy();
  });
});

describe('the AWS samples read as cfn-lint reads them', () => {
  const files = readdirSync(SAMPLES_DIR).filter((f) => /\.ya?ml$/.test(f));

  it('every sample YAML gives cfn-lint\'s value (dates as their text; Rain\'s tag kept without "Fn::")', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const texts = files.map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'));
    const oracle = cfnLintLoads(texts);
    texts.forEach((text, i) => {
      const r = loadUntrusted(text, 'template');
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const theirs = oracle[i]!;
      expect(theirs.ok).toBe(true);
      // cfn-lint reads any tag as a function ("!Rain::Embed" → "Fn::Rain::Embed"); we keep the
      // unknown tag's own name (and warn).
      const ours = JSON.parse(JSON.stringify(r.value).replace(/"Rain::Embed"/g, '"Fn::Rain::Embed"')) as unknown;
      expect([files[i], ours]).toEqual([files[i], datesAsText((theirs as { value: unknown }).value)]);
      // Same key order everywhere (toEqual ignores it).
      expect(JSON.stringify(ours)).toBe(JSON.stringify(datesAsText((theirs as { value: unknown }).value)));
    });
  }, 60_000);

  it('the IAM policy versions and template format versions stay strings', () => {
    for (const f of files) {
      const text = readFileSync(join(SAMPLES_DIR, f), 'utf8');
      const json = JSON.stringify(load(text));
      expect(json).not.toMatch(/T00:00:00/);
      if (/Version: ['"]?2012-10-17/.test(text)) expect(json).toContain('"Version":"2012-10-17"');
    }
  });

  it('a sample published in both forms reads the same from YAML as from JSON', () => {
    const pairs = files.filter((f) => readdirSync(SAMPLES_DIR).includes(f.replace(/\.ya?ml$/, '.json')));
    expect(pairs).toContain('DynamoDB_DynamoDB_Table.yaml');
    for (const f of pairs) {
      const fromJson = JSON.parse(readFileSync(join(SAMPLES_DIR, f.replace(/\.ya?ml$/, '.json')), 'utf8')) as unknown;
      expect(load(readFileSync(join(SAMPLES_DIR, f), 'utf8'))).toEqual(fromJson);
    }
  });
});

describe("generated YAML documents: our reading equals cfn-lint's", () => {
  // Plain scalars that mean something else in some YAML version, and ordinary ones.
  const PLAIN = [
    'yes',
    'No',
    'ON',
    'off',
    'y',
    'n',
    'true',
    'False',
    '~',
    'null',
    '0755',
    '0x1F',
    '0b11',
    '1_000',
    '1:20',
    '1e3',
    '1.0e+3',
    '3.10',
    '.5',
    '+7',
    '-0',
    '012345678901',
    '0o17',
    't2.micro',
    'AWS::Region',
    'hello world',
    'a-b_c',
    '10',
    '2012-10-17',
    'us-east-1a',
  ];
  const KEYS = ['Name', 'yes', 'Off', '10', '0755', '1_000', '3.5', '2012-10-17', 'Fn::Sub', 'Key With Space', 'k'];
  const TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'If', 'ValueOf', 'Contains', 'Transform', 'Base64', 'Cidr', 'GetAZs', 'Equals'];

  type Gen = { kind: 'scalar'; text: string; style: 'plain' | 'single' | 'double' } | { kind: 'seq'; items: Gen[] } | { kind: 'map'; entries: [string, Gen][] };
  type Tagged = Gen & { tag?: string };

  const scalarArb: fc.Arbitrary<Tagged> = fc.oneof(
    fc.record({ kind: fc.constant('scalar' as const), text: fc.constantFrom(...PLAIN), style: fc.constant('plain' as const) }),
    fc.record({
      kind: fc.constant('scalar' as const),
      text: fc.oneof(fc.constantFrom(...PLAIN), fc.string({ maxLength: 8 })),
      style: fc.constantFrom('single' as const, 'double' as const),
    }),
  );
  const tree = fc.letrec<{ node: Tagged }>((tie) => ({
    node: fc
      .tuple(
        fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          scalarArb,
          fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
          fc.record({
            kind: fc.constant('map' as const),
            entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 3, selector: ([k]) => k }),
          }),
        ),
        fc.option(fc.constantFrom(...TAGS), { freq: 4 }),
      )
      .map(([n, tag]) => (tag ? { ...n, tag } : n)),
  })).node;

  function scalarText(n: Extract<Gen, { kind: 'scalar' }>): string {
    if (n.style === 'plain') return n.text;
    if (n.style === 'single') return `'${n.text.replace(/'/g, "''")}'`;
    return JSON.stringify(n.text);
  }
  /** Block style; a tagged collection puts its tag on the line of its key or dash. */
  function render(n: Tagged, indent: number): string {
    const tag = n.tag ? `!${n.tag}` : '';
    const pad = ' '.repeat(indent);
    if (n.kind === 'scalar') return ` ${tag ? `${tag} ` : ''}${scalarText(n)}`;
    const head = tag ? ` ${tag}` : '';
    if (n.kind === 'seq') return `${head}\n${n.items.map((item) => `${pad}-${render(item, indent + 2)}`).join('\n')}`;
    return `${head}\n${n.entries.map(([k, v]) => `${pad}${k}:${render(v, indent + 2)}`).join('\n')}`;
  }
  const docArb = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 4, selector: ([k]) => k })
    .map((entries) => `${entries.map(([k, v]) => `${k}:${render(v, 2)}`).join('\n')}\n`);

  it('for 300 documents of tricky scalars, keys, tags and nesting', () => {
    const texts = fc.sample(docArb, { seed: 11, numRuns: 300 });
    const oracle = cfnLintLoads(texts);
    let compared = 0;
    texts.forEach((text, i) => {
      const r = loadUntrusted(text, 'template');
      const theirs = oracle[i]!;
      // Where cfn-lint refuses (e.g. duplicate keys after resolution: `yes` and `true`), so do we.
      expect([text, r.ok]).toEqual([text, theirs.ok]);
      if (!r.ok || !theirs.ok) return;
      compared++;
      const expected = datesAsText(theirs.value);
      expect([text, r.value]).toEqual([text, expected]);
      expect(JSON.stringify(r.value)).toBe(JSON.stringify(expected));
    });
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
