import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpCfnYaml, loadCfnYaml } from '../../src/cfn/yaml';

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
