import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpCfnYaml, loadCfnYaml } from '../../src/cfn/yaml';
import { loadUntrusted } from '../../src/import/load';
import { cfnLintLoads } from '../import/cfn-lint-yaml';
import { cfnLint } from './oracles';
import { SHORT_FORMS } from '../short-forms';

const sample = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-assets' } } },
    Topic: {
      Type: 'AWS::SNS::Topic',
      Properties: {
        DisplayName: { 'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]] },
        TopicName: { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Bucket', 'Arn'] }, { Ref: 'AWS::NoValue' }] },
      },
    },
  },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } },
};

describe('CloudFormation YAML', () => {
  it('dumps intrinsics as short-form tags', () => {
    const text = dumpCfnYaml(sample);
    expect(text).toContain('!Sub ${AWS::StackName}-assets');
    expect(text).toContain('!Ref AWS::StackName');
    expect(text).toContain('!GetAtt Bucket.Arn');
    expect(text).toMatch(/!Select\s*\n?\s*- 0\s*\n\s*- !GetAZs ""/);
    expect(text).toContain('!If');
    expect(text).toContain('!Equals');
    expect(text).not.toContain('Fn::');
  });

  it('loads what it dumps back to the same long-form object', () => {
    expect(loadCfnYaml(dumpCfnYaml(sample))).toEqual(sample);
  });

  it('loads hand-written short forms, including the scalar !GetAtt and !Condition', () => {
    const text = 'A: !GetAtt Res.Attr.Deep\nB: !GetAZs\nC: !And [!Condition X, !Not [!Condition Y]]\nD: !Sub [ "${a}", { a: !Ref P } ]\n';
    expect(loadCfnYaml(text)).toEqual({
      A: { 'Fn::GetAtt': ['Res', 'Attr.Deep'] },
      B: { 'Fn::GetAZs': '' },
      C: { 'Fn::And': [{ Condition: 'X' }, { 'Fn::Not': [{ Condition: 'Y' }] }] },
      D: { 'Fn::Sub': ['${a}', { a: { Ref: 'P' } }] },
    });
  });

  it('refuses JavaScript-specific tags (safe loading)', () => {
    expect(() => loadCfnYaml('a: !!js/function "function () { return 1 }"')).toThrow();
  });

  it('writes YAML that cfn-lint reads with the same meaning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfn-yaml-'));
    const file = join(dir, 't.yaml');
    writeFileSync(file, dumpCfnYaml(sample));
    // cfn-lint parses the short forms itself; E0000 (parse) or E1xxx (functions) would show here.
    let out: string;
    try {
      out = execFileSync('cfn-lint', ['--format', 'parseable', '--', file], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    expect(out).not.toMatch(/:E0\d{3}:|:E1\d{3}:/);
  });
});

/** How the importer reads YAML (the reader the round trip has to survive). */
function read(text: string): unknown {
  const r = loadUntrusted(text, 'template');
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}\n${text}`);
  return r.value;
}

/** Every CloudFormation short form but `Condition` (a key of its own in a resource, not only a function). */
const TAGGED = SHORT_FORMS.filter(([tag]) => tag !== 'Condition');

describe('CloudFormation YAML: every short form is written as its tag', () => {
  it.each(TAGGED)('!%s for { "%s": … } holding a sequence, a mapping and (but GetAtt) a string', (tag, key) => {
    const seq = { a: { [key]: ['x', 'z', 'w'] } };
    const map = { a: { [key]: { Name: 'nm' } } };
    const text = dumpCfnYaml({ ...seq, b: map.a, c: { [key]: 'x' } });
    expect(text).toMatch(new RegExp(`^a: !${tag}\\s*\\n  - x\\n  - z\\n  - w$`, 'm'));
    expect(text).toMatch(new RegExp(`^b: !${tag}\\s*\\n  Name: nm$`, 'm'));
    // `!GetAtt x` would read back as ["x"], so a string GetAtt keeps the long form.
    expect(text).toMatch(tag === 'GetAtt' ? /^c:\n {2}Fn::GetAtt: x$/m : new RegExp(`^c: !${tag} x$`, 'm'));
    expect(text).not.toMatch(new RegExp(`^\\s*${tag}:`, 'm')); // never a bare `ValueOf:` key
    expect(read(text)).toEqual({ ...seq, b: map.a, c: { [key]: 'x' } });
  });

  it('writes the long form wherever the short form would read back differently', () => {
    const value = {
      num: { Ref: 12 },
      bool: { 'Fn::Base64': true },
      nul: { 'Fn::GetAZs': null },
      dotted: { 'Fn::GetAtt': ['A.B', 'C'] },
      cond: { 'Fn::And': [{ Condition: 'X' }, { Condition: 'Z' }] },
      // Its documentation: no short form around other short forms.
      stackOutput: { 'Fn::GetStackOutput': { StackName: { Ref: 'S' }, OutputName: 'VpcId' } },
      // Two tags on one node (`!Base64 !Sub`) is not YAML: the inner one is written long.
      nested: { 'Fn::Base64': { 'Fn::Sub': 'echo ${A}' } },
    };
    const text = dumpCfnYaml(value);
    expect(text).toContain('num:\n  Ref: 12\n');
    expect(text).toMatch(/^dotted: !GetAtt\s*\n {2}- A\.B\n {2}- C$/m); // not `!GetAtt A.B.C`, which reads as [A, B.C]
    expect(text).toContain('stackOutput:\n  Fn::GetStackOutput:\n    StackName: !Ref S\n');
    expect(text).toMatch(/^nested: !Base64\s*\n {2}Fn::Sub: echo \$\{A\}$/m);
    expect(text).not.toMatch(/![A-Za-z]+ +![A-Za-z]/);
    expect(read(text)).toEqual(value);
    expect(cfnLintLoads([text])[0]).toEqual({ ok: true, value });
  });

  it('!GetAtt is written with a dot when both parts are strings and the first has none', () => {
    const text = dumpCfnYaml({ a: { 'Fn::GetAtt': ['Res', 'Outputs.Name'] }, b: { 'Fn::GetAtt': ['Res', { Ref: 'Attr' }] } });
    expect(text).toContain('a: !GetAtt Res.Outputs.Name\n');
    expect(text).toMatch(/^b: !GetAtt\s*\n {2}- Res\n {2}- !Ref Attr$/m);
  });
});

describe('CloudFormation YAML: strings that look like other types are quoted', () => {
  const LOOKALIKES = [
    '2012-10-17',
    '2010-09-09',
    '2001-12-14t21:59:43.10-05:00',
    '2001-12-14 21:59:43.10',
    'yes',
    'Yes',
    'NO',
    'on',
    'Off',
    'y',
    'N',
    'true',
    'False',
    '~',
    'null',
    'NULL',
    '',
    '1.0',
    '3.10',
    '1e3',
    '1.0e+3',
    '.5',
    '5.',
    '0x1F',
    '0755',
    '0o17',
    '0b101',
    '1_000',
    '1:20',
    '190:20:30.15',
    '+12',
    '-0',
    '012345678901',
    '12',
    '.inf',
    '-.Inf',
    '.nan',
    '=',
    '<<',
  ];

  it('each is written in quotes, and cfn-lint (PyYAML) and our reader read the same strings back', () => {
    const value = { s: LOOKALIKES, k: Object.fromEntries(LOOKALIKES.map((s, i) => [s, i])) };
    const text = dumpCfnYaml(value);
    for (const s of LOOKALIKES) expect(text).toContain(`  - ${JSON.stringify(s)}\n`);
    expect(read(text)).toEqual(value);
    expect(JSON.stringify(read(text))).toBe(JSON.stringify(value));
    // The oracle, with cfn-lint's types: a date or a boolean here would not equal the string.
    expect(cfnLintLoads([text])[0]).toEqual({ ok: true, value });
  });

  it('ordinary strings stay plain', () => {
    expect(dumpCfnYaml({ a: ['t2.micro', 'us-east-1a', 'AWS::Region', '1.2.3', 'yess', 'Null-ish', 'arn:aws:s3:::b/*'] })).toBe(
      'a:\n  - t2.micro\n  - us-east-1a\n  - AWS::Region\n  - 1.2.3\n  - yess\n  - Null-ish\n  - arn:aws:s3:::b/*\n',
    );
  });

  it('an IAM policy version read from unquoted YAML is written so cfn-lint finds no E3510/E3512/E3530', () => {
    const source = [
      'AWSTemplateFormatVersion: 2010-09-09',
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Version: 2012-10-17',
      '        Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }]',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Version: 2012-10-17',
      '            Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "*" }]',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '  BucketPolicy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Bucket',
      '      PolicyDocument:',
      '        Version: 2012-10-17',
      '        Statement: [{ Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: !Sub "${Bucket.Arn}/*" }]',
    ].join('\n');
    const template = read(source);
    expect(JSON.stringify(template)).not.toContain('T00:00');
    const dir = mkdtempSync(join(tmpdir(), 'cfn-yaml-'));
    const good = join(dir, 'good.yaml');
    writeFileSync(good, dumpCfnYaml(template));
    // The oracle is live: the timestamp the old reader produced is reported by the same rules.
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, dumpCfnYaml(JSON.parse(JSON.stringify(template).replaceAll('"2012-10-17"', '"2012-10-17T00:00:00.000Z"'))));
    const findings = cfnLint([good, bad]);
    expect(findings.filter((f) => f.file === good)).toEqual([]);
    expect(
      findings
        .filter((f) => f.file === bad)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['E3510', 'E3512', 'E3530']);
  }, 60_000);
});

describe('CloudFormation YAML: read(dump(x)) is x', () => {
  const LOOKALIKE = fc.constantFrom(
    '2012-10-17',
    'yes',
    'No',
    'on',
    'OFF',
    'y',
    '1.0',
    '1e3',
    '0755',
    '0x1F',
    '1_000',
    '1:20',
    '~',
    'null',
    '',
    '.inf',
    '=',
    '<<',
    '10',
    '-1',
  );
  const KEY = fc
    .oneof(LOOKALIKE, fc.constantFrom('10', '2', '0', '01', '-1', '4294967294', 'Name', 'Fn::Sub', 'Ref', 'a b'), fc.string({ maxLength: 6 }))
    .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
  const INTRINSIC_KEYS = [...TAGGED.map(([, key]) => key), 'Condition'];
  // Numbers a JSON template holds and YAML 1.1 reads back: finite, no -0, below 1e21 (js-yaml
  // writes 1e+21 without a dot, which YAML 1.1 reads as a string).
  const NUMBER = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 })).map((n) => (Object.is(n, -0) ? 0 : n));
  const value = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(LOOKALIKE, fc.string(), NUMBER, fc.boolean(), fc.constant(null)),
      fc.tuple(fc.constantFrom(...INTRINSIC_KEYS), tie('v')).map(([k, v]) => ({ [k]: v })),
      fc.constantFrom(...TAGGED.map(([, key]) => key)).chain((k) => fc.array(tie('v'), { maxLength: 3 }).map((args) => ({ [k]: args }))),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(KEY, tie('v'), { maxKeys: 4 }),
    ),
  })).v;
  const template = fc.record({
    AWSTemplateFormatVersion: fc.constant('2010-09-09'),
    Resources: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), fc.record({ Type: fc.constant('AWS::SNS::Topic'), Properties: value }), {
      minKeys: 1,
      maxKeys: 3,
    }),
    Outputs: fc.dictionary(KEY, value, { maxKeys: 3 }),
  });

  it('for generated templates with every intrinsic, dates, yes/no, numbers as strings and integer-like keys (order too)', () => {
    fc.assert(
      fc.property(template, (t) => {
        const back = read(dumpCfnYaml(t));
        expect(back).toEqual(t);
        expect(JSON.stringify(back)).toBe(JSON.stringify(t)); // same key order
      }),
      { numRuns: 300 },
    );
  });

  it('and cfn-lint reads the same templates to the same values', () => {
    const samples = fc.sample(template, { seed: 5, numRuns: 150 });
    const oracle = cfnLintLoads(samples.map((t) => dumpCfnYaml(t)));
    // Python floats and ints compare equal (1.0 == 1) once both are JSON numbers.
    samples.forEach((t, i) => expect(oracle[i]).toEqual({ ok: true, value: JSON.parse(JSON.stringify(t)) }));
  }, 120_000);
});
