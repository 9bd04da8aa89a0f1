import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { design } from '../../core/src/rules/fixture-builder';
import { serializeDesign, type Design } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers';

function file(d: Design): string {
  const path = join(tempDir(), `${d.name}.stackcanvas.json`);
  writeFileSync(path, serializeDesign(d));
  return path;
}

interface JsonOut {
  diagnostics: { rule: string; severity: string; message: string; nodes: string[]; edges: string[] }[];
}

describe('stackcanvas validate with rules', () => {
  it('--json: the sticky-session design gives the SC4001 warning in the contract shape and exits 0', () => {
    const d = design({ alb: ['alb', { stickiness: true }, 'Web ALB'], web: ['asg', {}, 'Web Servers'] }, ['alb>web'], 'sticky');
    const r = runCli(['validate', file(d), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    const sticky = out.diagnostics.filter((x) => x.rule === 'SC4001');
    expect(sticky).toHaveLength(1);
    expect(Object.keys(sticky[0]!).sort()).toEqual(['edges', 'message', 'nodes', 'rule', 'severity']);
    expect(sticky[0]).toMatchObject({ severity: 'warning', nodes: ['alb', 'web'], edges: ['alb-web'] });
    expect(sticky[0]!.message).toMatch(/sticky sessions.*lost on scale-in/);
    expect(out.diagnostics.every((x) => x.severity !== 'error')).toBe(true);
  });

  it('exits 1 when the design has an error, and the text output names rule, element and fix', () => {
    const d = design({ cdn: 'cloudfront', alb: 'alb', cache: 'elasticache' }, ['cdn>alb', 'cdn>cache'], 'broken');
    const r = runCli(['validate', file(d)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^error +SC1002 .*“cache”.*\[cache, cdn, cdn-cache\]$/m);
    expect(r.stdout).toMatch(/^error +SC3001 /m);
    expect(r.stdout).toMatch(/fix: Connect the load balancer/);
    expect(r.stdout).toMatch(/broken\.stackcanvas\.json: [1-9]\d* errors, \d+ warnings, \d+ info$/m);
  });

  it('--json exits 1 on errors and still prints the diagnostics, errors first', () => {
    const d = design({ alb: ['alb', { stickiness: true }], web: ['asg', { minSize: 3, desiredCapacity: 2, maxSize: 4 }] }, ['alb>web'], 'sizes');
    const r = runCli(['validate', file(d), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.diagnostics[0]).toMatchObject({ rule: 'SC3002', severity: 'error', nodes: ['web'] });
    expect(out.diagnostics.map((x) => x.rule)).toContain('SC4001');
  });

  it('the reference architecture has no errors or warnings', () => {
    const r = runCli(['validate', 'examples/web-caching.stackcanvas.json', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});
