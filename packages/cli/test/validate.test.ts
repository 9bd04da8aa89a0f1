import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from './helpers';

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.stackcanvas.json'));

function expectUnusable(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
}

describe('stackcanvas validate', () => {
  it('has at least four examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('examples/%s exits 0', (file) => {
    const r = runCli(['validate', `examples/${file}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a malformed file exits 2 naming the problem', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.stackcanvas.json'), '{"format": "stackcanvas.design", "version": 1, "nodes": [');
    expectUnusable(runCli(['validate', join(dir, 'bad.stackcanvas.json')]), /bad\.stackcanvas\.json: malformed JSON/);
  });

  it('an unknown kind exits 2 naming the kind and where it is', () => {
    const dir = tempDir();
    const doc = { format: 'stackcanvas.design', version: 1, nodes: [{ id: 'q', kind: 'sqs' }], edges: [] };
    writeFileSync(join(dir, 'k.json'), JSON.stringify(doc));
    expectUnusable(runCli(['validate', join(dir, 'k.json')]), /\$\.nodes\[0\]\.kind: unknown kind "sqs"/);
  });

  it('a dangling edge exits 2 naming the missing node', () => {
    const dir = tempDir();
    const doc = { format: 'stackcanvas.design', version: 1, nodes: [{ id: 'a', kind: 'alb' }], edges: [{ id: 'e1', source: 'a', target: 'nowhere' }] };
    writeFileSync(join(dir, 'd.json'), JSON.stringify(doc));
    expectUnusable(runCli(['validate', join(dir, 'd.json')]), /\$\.edges\[0\]\.target: no node with id "nowhere"/);
  });

  it('a 6 MB file exits 2 naming the size limit', () => {
    const dir = tempDir();
    const doc = { format: 'stackcanvas.design', version: 1, name: 'x'.repeat(10), nodes: [], edges: [] };
    writeFileSync(join(dir, 'big.json'), JSON.stringify(doc) + ' '.repeat(6 * 1024 * 1024));
    expectUnusable(runCli(['validate', join(dir, 'big.json')]), /big\.json: the file is 6\.0 MB; the limit is 5\.0 MB/);
  });

  it('a missing file exits 2', () => {
    expectUnusable(runCli(['validate', 'no/such/file.json']), /no such file/);
  });

  it('--json prints the contract shape', () => {
    const r = runCli(['validate', 'examples/web-caching.stackcanvas.json', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[] };
    expect(Array.isArray(out.diagnostics)).toBe(true);
  });
});

describe('stackcanvas (framework)', () => {
  it('--help lists the commands and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validate FILE \[--json\]/);
  });

  it('an unknown command exits 2 with one line', () => {
    expectUnusable(runCli(['frobnicate']), /unknown command "frobnicate"/);
  });

  it('an unknown option exits 2 with the usage', () => {
    expectUnusable(runCli(['validate', 'examples/web-caching.stackcanvas.json', '--yaml']), /unknown option --yaml; usage: stackcanvas validate/);
  });
});

describe('stackcanvas validate on a CloudFormation template (imported on the fly)', () => {
  const samples = join(repoRoot, '../shared/fixtures/aws-samples');
  it('runs the rules on an existing template: exit 0, the same summary line as for a design', () => {
    const r = runCli(['validate', join(samples, 'AutoScaling_AutoScalingMultiAZWithNotifications.yaml'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ diagnostics: expect.any(Array) });
  });

  it('exits 1 when the template has a design error the rules find (a distribution with two default origins)', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({
        Resources: {
          A: { Type: 'AWS::S3::Bucket' },
          B: { Type: 'AWS::S3::Bucket' },
          Cdn: {
            Type: 'AWS::CloudFront::Distribution',
            Properties: {
              DistributionConfig: {
                Enabled: true,
                Origins: [
                  { Id: 'a', DomainName: { 'Fn::GetAtt': ['A', 'RegionalDomainName'] }, S3OriginConfig: {} },
                  { Id: 'b', DomainName: { 'Fn::GetAtt': ['B', 'RegionalDomainName'] }, S3OriginConfig: {} },
                ],
                DefaultCacheBehavior: { TargetOriginId: 'a', ViewerProtocolPolicy: 'allow-all' },
              },
            },
          },
        },
      }),
    );
    const r = runCli(['validate', join(dir, 't.json'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('SC2002');
  });

  it('a malformed template exits 2 with one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'Resources: [\n');
    expectUnusable(runCli(['validate', join(dir, 'bad.yaml')]), /bad\.yaml: malformed YAML/);
  });
});
