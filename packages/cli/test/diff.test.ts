import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '@stackcanvas/core';
import { toCfnJson, toCfnYaml } from '@stackcanvas/core/cfn';
import { repoRoot, runCli, tempDir, type RunResult } from './helpers';

const example = join(repoRoot, 'examples/dax-read-path.stackcanvas.json');

function readDesign(path: string): Design {
  const r = parseDesign(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.design;
}

/** The example with some node props changed, written as a design file. */
function edited(dir: string, name: string, edit: (d: Design) => Design): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(edit(readDesign(example))));
  return path;
}

const setProps =
  (kind: string, props: Record<string, unknown>) =>
  (d: Design): Design => ({
    ...d,
    nodes: d.nodes.map((n) => (n.kind === kind ? { ...n, props: { ...n.props, ...props } } : n)),
  });

function expectUnusable(r: RunResult, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}

describe('stackcanvas diff', () => {
  it('exits 0 when nothing changes: a design against itself, and against its own export in YAML and JSON', () => {
    const dir = tempDir();
    const design = readDesign(example);
    writeFileSync(join(dir, 'dax.template.yaml'), toCfnYaml(design));
    writeFileSync(join(dir, 'dax.template.json'), toCfnJson(design));
    const same = runCli(['diff', example, example]);
    expect(same).toEqual({ code: 0, stdout: 'There were no differences\n', stderr: '' });
    expect(runCli(['diff', join(dir, 'dax.template.yaml'), example]).code).toBe(0);
    const json = runCli(['diff', example, join(dir, 'dax.template.json'), '--json']);
    expect(json).toEqual({ code: 0, stdout: '{"changes":[]}\n', stderr: '' });
  });

  it('exits 1 and reads like cdk diff when the table key changes: replacement, the old/new values and the warning', () => {
    const dir = tempDir();
    const after = edited(dir, 'after.stackcanvas.json', setProps('dynamodb', { partitionKey: 'sku' }));
    const r = runCli(['diff', example, after]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Resources');
    expect(lines).toContain('[~] AWS::DynamoDB::Table Products replace');
    expect(lines).toContain(' └─ [~] Properties.KeySchema (requires replacement)');
    expect(lines).toContain('     ├─ [-] [{"AttributeName":"productId","KeyType":"HASH"}]');
    expect(lines).toContain('     └─ [+] [{"AttributeName":"sku","KeyType":"HASH"}]');
    expect(r.stdout).toMatch(/^warning SC-CS-004 {2}Products \(AWS::DynamoDB::Table\) is replaced: UpdateReplacePolicy Retain keeps the old table/m);
    expect(lines.at(-2)).toMatch(/^\d+ resource changes: 0 to add, \d+ to modify \(1 replaced, 0 maybe\), 0 to remove; 0 other changes; 0 errors, 1 warning$/);
  });

  it('--json prints exactly the contract shape', () => {
    const dir = tempDir();
    const after = edited(dir, 'after.json', (d) => setProps('asg', { maxSize: 7 })(setProps('dynamodb', { partitionKey: 'sku' })(d)));
    const r = runCli(['diff', example, after, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const out = JSON.parse(r.stdout) as { changes: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['changes']);
    expect(out.changes.length).toBeGreaterThan(0);
    for (const c of out.changes) {
      expect(Object.keys(c)).toEqual(['logicalId', 'resourceType', 'action', 'replacement', 'details']);
      expect(c['resourceType']).toMatch(/^AWS::/);
      expect(['Add', 'Modify', 'Remove', 'Dynamic']).toContain(c['action']);
      if (c['action'] === 'Modify') expect(['True', 'False', 'Conditional']).toContain(c['replacement']);
      else expect(c['replacement']).toBeNull();
      for (const d of c['details'] as Record<string, unknown>[]) {
        expect(Object.keys(d)).toEqual(['path', 'old', 'new', 'replacement']);
        expect(d['path']).toMatch(/^(Properties\.\w+|DeletionPolicy|UpdateReplacePolicy|Metadata|DependsOn|Condition|UpdatePolicy|CreationPolicy)$/);
        expect(['True', 'False', 'Conditional']).toContain(d['replacement']);
      }
    }
    const asg = out.changes.find((c) => c['resourceType'] === 'AWS::AutoScaling::AutoScalingGroup')!;
    // The size lives in a per-environment mapping; the change shows the looked-up values (dev runs at most two instances, unchanged).
    expect(asg).toEqual({
      logicalId: 'APIServers',
      resourceType: 'AWS::AutoScaling::AutoScalingGroup',
      action: 'Modify',
      replacement: 'False',
      details: [{ path: 'Properties.MaxSize', old: { dev: 2, prod: 4, stage: 4 }, new: { dev: 2, prod: 7, stage: 7 }, replacement: 'False' }],
    });
  });

  it('a Redis → Memcached cache is a Remove and an Add of one logical id, and the error is shown', () => {
    const dir = tempDir();
    const before = join(dir, 'before.json');
    const design = (engine: string) => ({
      format: 'stackcanvas.design',
      version: 1,
      name: 'c',
      nodes: [{ id: 'cache', kind: 'elasticache', props: { engine } }],
      edges: [],
    });
    writeFileSync(before, JSON.stringify(design('redis')));
    const after = join(dir, 'after.json');
    writeFileSync(after, JSON.stringify(design('memcached')));
    const json = JSON.parse(runCli(['diff', before, after, '--json']).stdout) as { changes: { logicalId: string; action: string; resourceType: string }[] };
    expect(json.changes.filter((c) => c.logicalId === 'Cache').map((c) => [c.action, c.resourceType])).toEqual([
      ['Remove', 'AWS::ElastiCache::ReplicationGroup'],
      ['Add', 'AWS::ElastiCache::CacheCluster'],
    ]);
    const text = runCli(['diff', before, after]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('[-] AWS::ElastiCache::ReplicationGroup Cache destroy');
    expect(text.stdout).toContain('[+] AWS::ElastiCache::CacheCluster Cache');
    expect(text.stdout).toMatch(/^error {3}SC-CS-012 {2}Cache changes type from AWS::ElastiCache::ReplicationGroup to AWS::ElastiCache::CacheCluster/m);
    expect(text.stdout).toMatch(/^warning SC-CS-003 {2}Cache \(AWS::ElastiCache::ReplicationGroup\) is removed/m);
  });

  it('refuses a missing file, malformed YAML, a design with an unknown kind, a non-template and bad arguments with one line (exit 2)', () => {
    const dir = tempDir();
    expectUnusable(runCli(['diff', 'no/such.yaml', example]), /^stackcanvas: no\/such\.yaml: no such file$/);
    writeFileSync(join(dir, 'bad.yaml'), 'Resources:\n  A: [\n');
    expectUnusable(runCli(['diff', example, join(dir, 'bad.yaml')]), /bad\.yaml: malformed YAML/);
    writeFileSync(
      join(dir, 'kind.json'),
      JSON.stringify({ format: 'stackcanvas.design', version: 1, name: 'k', nodes: [{ id: 'x', kind: 'teleporter' }], edges: [] }),
    );
    expectUnusable(runCli(['diff', join(dir, 'kind.json'), example]), /kind\.json: .*teleporter/);
    writeFileSync(join(dir, 'list.yaml'), 'a: 1\n');
    expectUnusable(runCli(['diff', example, join(dir, 'list.yaml')]), /neither a Stackcanvas design nor a CloudFormation template/);
    writeFileSync(join(dir, 'typeless.json'), JSON.stringify({ Resources: { A: { Properties: {} } } }));
    expectUnusable(runCli(['diff', example, join(dir, 'typeless.json')]), /typeless\.json: Resources\.A\.Type must be a resource type/);
    expectUnusable(runCli(['diff', example]), /diff: usage: stackcanvas diff OLD NEW \[--json\]/);
    expectUnusable(runCli(['diff', example, example, '--yaml']), /diff: unknown option --yaml/);
  }, 120_000);

  it('is listed in --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stackcanvas diff OLD NEW \[--json\] +the change set from OLD to NEW/);
  });
});
