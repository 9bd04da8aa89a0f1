import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '@stackcanvas/core';
import { toCdkProject } from '@stackcanvas/core/cdk';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

describe('stackcanvas export --to cdk', () => {
  it('writes the CDK app of the design into a new directory', () => {
    const dir = tempDir();
    const out = join(dir, 'app');
    const r = runCli(['export', 'examples/web-caching.stackcanvas.json', '--to', 'cdk', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    const expected = toCdkProject(EXAMPLES.find((e) => e.id === 'web-caching')!.design).files;
    expect(listFiles(out).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, text] of Object.entries(expected)) expect(readFileSync(join(out, path), 'utf8')).toBe(text);
    expect(listFiles(dir)).toEqual(listFiles(out).map((f) => `app/${f}`)); // no partial folder left behind
  });

  it('accepts an existing empty directory', () => {
    const out = tempDir();
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cdk', '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'lib/static-site-stack.ts'))).toBe(true);
  });

  it('never overwrites a directory that is not empty, or a file (exit 2, one line)', () => {
    const out = tempDir();
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cdk', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^stackcanvas: export: .* is not empty; choose a new or empty directory for the CDK app\n$/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
    const file = join(out, 'keep.txt');
    const r2 = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cdk', '--out', file]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is not a directory/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('exits 1 and writes nothing when the design has errors', () => {
    const dir = tempDir();
    const design = join(dir, 'bad.stackcanvas.json');
    writeFileSync(design, JSON.stringify({ format: 'stackcanvas.design', version: 1, name: 'bad', nodes: [{ id: 'cdn', kind: 'cloudfront' }], edges: [] }));
    const out = join(dir, 'app');
    const r = runCli(['export', design, '--to', 'cdk', '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('creates missing parent directories', () => {
    const out = join(tempDir(), 'missing', 'app');
    const r = runCli(['export', 'examples/static-site.stackcanvas.json', '--to', 'cdk', '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'cdk.json'))).toBe(true);
  });
});
