import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, parseDesign, type Design } from '@stackcanvas/core';
import { toCfnYaml } from '@stackcanvas/core/cfn';
import { repoRoot, runCli, tempDir } from './helpers';

const samplesDir = join(repoRoot, '../shared/fixtures/aws-samples');
const samples = readdirSync(samplesDir).filter((f) => /\.(ya?ml|json)$/.test(f));

function expectUnusable(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}

function readDesign(path: string): Design {
  const r = parseDesign(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.design;
}

describe('stackcanvas import', () => {
  it.each(samples)('imports the AWS sample %s into a design file', (file) => {
    const dir = tempDir();
    const out = join(dir, 'd.stackcanvas.json');
    const r = runCli(['import', join(samplesDir, file), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*d\.stackcanvas\.json: \d+ components?, \d+ generic resources?, \d+ connections?\n/);
    // The file is a design the document parser accepts (validate would not exit 2 on it).
    expect(readDesign(out).nodes.length).toBeGreaterThan(0);
  });

  it('export → import gives back the same components, props and connections, laid out', () => {
    const dir = tempDir();
    const design = EXAMPLES[0]!.design;
    writeFileSync(join(dir, 'web.template.yaml'), toCfnYaml(design));
    const r = runCli(['import', join(dir, 'web.template.yaml'), '--out', join(dir, 'back.json')]);
    expect(r.code).toBe(0);
    const back = readDesign(join(dir, 'back.json'));
    const key = (d: Design) => ({
      nodes: d.nodes.map((n) => [n.id, n.kind, n.props]).sort(),
      edges: d.edges.map((e) => [e.source, e.target, e.props]).sort(),
    });
    expect(key(back)).toEqual(key(design));
    expect(back.name).toBe('web');
    expect(new Set(back.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(back.nodes.length);
  });

  it('import then export writes a template again (the chain works from the command line)', () => {
    const dir = tempDir();
    const hand = join(repoRoot, 'packages/core/test/import/fixtures/hand-written-web-caching.yaml');
    expect(runCli(['import', hand, '--out', join(dir, 'h.json')]).code).toBe(0);
    const e = runCli(['export', join(dir, 'h.json'), '--to', 'cfn-json', '--out', join(dir, 'h.template.json')]);
    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    const template = JSON.parse(readFileSync(join(dir, 'h.template.json'), 'utf8')) as { Resources: Record<string, unknown>; Outputs: Record<string, unknown> };
    expect(template.Resources['DbAlarm']).toBeDefined();
    expect(template.Outputs['Url']).toEqual({ Value: { 'Fn::Sub': 'https://${Cdn.DomainName}' } });
  });

  it('refuses a billion laughs document with one line (exit 2)', () => {
    const dir = tempDir();
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: *a9');
    writeFileSync(join(dir, 'lol.yaml'), lines.join('\n'));
    expectUnusable(runCli(['import', join(dir, 'lol.yaml'), '--out', join(dir, 'o.json')]), /lol\.yaml: .*YAML aliases/);
  });

  it('refuses malformed YAML, prototype keys and a non-template with one line each (exit 2)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'Resources:\n  A: [\n');
    expectUnusable(runCli(['import', join(dir, 'bad.yaml'), '--out', join(dir, 'o.json')]), /bad\.yaml: malformed YAML/);
    writeFileSync(join(dir, 'proto.json'), '{"Resources":{"A":{"Type":"AWS::SNS::Topic","Properties":{"__proto__":{"x":1}}}}}');
    expectUnusable(runCli(['import', join(dir, 'proto.json'), '--out', join(dir, 'o.json')]), /proto\.json: .*"__proto__" is not allowed/);
    writeFileSync(join(dir, 'list.yaml'), 'a: 1\n');
    expectUnusable(runCli(['import', join(dir, 'list.yaml'), '--out', join(dir, 'o.json')]), /neither a Stackcanvas design nor a CloudFormation template/);
  });

  it('refuses a 6 MB file, a missing file, a missing --out and an unwritable output (exit 2)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), `Resources: {}\n#${' '.repeat(6 * 1024 * 1024)}`);
    expectUnusable(runCli(['import', join(dir, 'big.yaml'), '--out', join(dir, 'o.json')]), /big\.yaml: the file is 6\.0 MB; the limit is 5\.0 MB/);
    expectUnusable(runCli(['import', 'no/such.yaml', '--out', join(dir, 'o.json')]), /no such file/);
    expectUnusable(runCli(['import', join(samplesDir, samples[0]!)]), /--out FILE is required/);
    expectUnusable(runCli(['import', join(samplesDir, samples[0]!), '--out', join(dir, 'nope/o.json')]), /cannot write .* \(no such directory\)/);
  });
});
