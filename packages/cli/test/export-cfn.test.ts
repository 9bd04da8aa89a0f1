import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCfnYaml } from '@stackcanvas/core/cfn';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers';

function expectOneLine(r: { code: number; stderr: string }, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines[lines.length - 1]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
}

describe('stackcanvas export --to cfn-yaml|cfn-json', () => {
  it('writes the reference architecture as YAML and JSON: the same templates, the us-east-1 stack beside the main one, accepted by cfn-lint', () => {
    const dir = tempDir();
    const yamlOut = join(dir, 'web.template.yaml');
    const jsonOut = join(dir, 'web.template.json');
    const y = runCli(['export', 'examples/web-caching.stackcanvas.json', '--to', 'cfn-yaml', '--out', yamlOut]);
    expect(y.code).toBe(0);
    // The main template is over CloudFormation's 51,200-byte inline limit: a warning naming its size, exit 0.
    const size = statSync(yamlOut).size;
    expect(size).toBeGreaterThan(51_200);
    expect(y.stderr).toBe(
      `warning SC-X025  ${yamlOut}: the template is ${size.toLocaleString('en-US')} bytes; CloudFormation takes at most 51,200 bytes inline (--template-body): upload it to S3 and deploy with --template-url (up to 1 MB)\n`,
    );
    // Both files named on stdout, main stack first.
    expect(y.stdout).toBe(`wrote ${yamlOut}\nwrote ${join(dir, 'web.template.us-east-1.yaml')}\n`);
    const j = runCli(['export', 'examples/web-caching.stackcanvas.json', '--to', 'cfn-json', '--out', jsonOut]);
    expect(j.code).toBe(0);
    expect(j.stdout).toBe(`wrote ${jsonOut}\nwrote ${join(dir, 'web.template.us-east-1.json')}\n`);
    expect(readdirSync(dir).sort()).toEqual(['web.template.json', 'web.template.us-east-1.json', 'web.template.us-east-1.yaml', 'web.template.yaml']);
    // The CLOUDFRONT-scope web ACL lives in the us-east-1 stack; the main stack takes its ARN and asserts no Region.
    const companion = loadCfnYaml(readFileSync(join(dir, 'web.template.us-east-1.yaml'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: { Scope?: string } }>;
      Rules: Record<string, unknown>;
    };
    expect(companion).toEqual(JSON.parse(readFileSync(join(dir, 'web.template.us-east-1.json'), 'utf8')));
    expect(Object.values(companion.Resources).map((r) => [r.Type, r.Properties.Scope])).toEqual([['AWS::WAFv2::WebACL', 'CLOUDFRONT']]);
    expect(JSON.stringify(companion.Rules)).toContain('us-east-1');
    const yamlText = readFileSync(yamlOut, 'utf8');
    expect(yamlText).toMatch(/!GetAtt \w+\.\w+/); // short-form tags, not Fn:: keys
    // Short-form tags, not Fn:: keys (but inside another tag, where YAML allows only one: `!Base64` then `Fn::Sub: |-`).
    expect(yamlText.replace(/!Base64\n\s+Fn::Sub:/g, '')).not.toContain('Fn::');
    const fromYaml = loadCfnYaml(yamlText) as { Resources: Record<string, { Type: string }> };
    expect(fromYaml).toEqual(JSON.parse(readFileSync(jsonOut, 'utf8')));
    const types = new Set(Object.values(fromYaml.Resources).map((r) => r.Type));
    expect(JSON.stringify((fromYaml as Record<string, unknown>)['Rules'] ?? {})).not.toContain('AWS::Region');
    expect(types.has('AWS::WAFv2::WebACL')).toBe(false);
    for (const t of [
      'AWS::CloudFront::Distribution',
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      'AWS::AutoScaling::AutoScalingGroup',
      'AWS::ElastiCache::ReplicationGroup',
      'AWS::DAX::Cluster',
      'AWS::DynamoDB::Table',
      'AWS::RDS::DBInstance',
      'AWS::S3::Bucket',
    ]) {
      expect(types.has(t), t).toBe(true);
    }
    // cfn-lint exits non-zero on any finding; --format parseable prints one line per finding.
    const lint = (() => {
      try {
        return execFileSync('cfn-lint', ['--format', 'parseable', ...readdirSync(dir).map((f) => join(dir, f))], { encoding: 'utf8' });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? e);
      }
    })();
    expect(lint.split('\n').filter((l) => /:[EW]\d{4}:/.test(l))).toEqual([]);
  }, 60_000);

  it('writes one file for a design without us-east-1 resources', () => {
    const dir = tempDir();
    const out = join(dir, 'site.yaml');
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cfn-yaml', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    expect(readdirSync(dir)).toEqual(['site.yaml']);
  }, 30_000);

  it('exits 1 and writes nothing when the design cannot be exported', () => {
    const dir = tempDir();
    const design = join(dir, 'cdn.stackcanvas.json');
    writeFileSync(
      design,
      JSON.stringify({ format: 'stackcanvas.design', version: 1, name: 'cdn-only', nodes: [{ id: 'cdn', kind: 'cloudfront', label: 'Edge' }], edges: [] }),
    );
    const out = join(dir, 'cdn.template.yaml');
    const r = runCli(['export', design, '--to', 'cfn-yaml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/origin/i);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['cdn.stackcanvas.json']);
  }, 30_000);

  it('exits 2 with one line when the output directory does not exist, and leaves no partial file', () => {
    const dir = tempDir();
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cfn-json', '--out', join(dir, 'missing', 'x.json')]);
    expectOneLine(r, 2, /cannot write .*x\.json \(no such directory\)/);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('exits 2 on an unknown target', () => {
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cfn-xml', '--out', '/tmp/x']);
    expectOneLine(r, 2, /--to must be one of cfn-yaml, cfn-json, cdk/);
  }, 30_000);
});
