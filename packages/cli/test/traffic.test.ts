import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cli';
import { trafficCommand } from '../src/commands/traffic';
import { repoRoot, runCli, tempDir } from './helpers';

function expectUnusable(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
}

describe('stackcanvas traffic', () => {
  it('--json prints the contract shape with the reference numbers at 1,000 requests/s', () => {
    const r = runCli(['traffic', 'examples/web-caching.stackcanvas.json', '--rps', '1000', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Worked out by hand (defaults of docs/traffic-model.md): the WAF passes 1,000 to CloudFront;
    // S3 gets 1,000 × 0.8 × 0.05 = 40, the ALB 1,000 × 0.2 × 0.7 = 140, CloudFront answers 820.
    // The web servers answer 140 and call sessions, DAX and the query cache 140 times each; the
    // database gets 140 × 0.9 × 0.1 = 12.6 reads + 14 writes = 26.6. DAX: 133 reads, 7 writes,
    // answers 133 × 0.9 = 119.7, sends 13.3 + 7 = 20.3 to the table.
    const nodes = {
      alb: { rps: 140, absorbed: 0, overloaded: false },
      assets: { rps: 40, absorbed: 40, overloaded: false },
      cdn: { rps: 1000, absorbed: 820, overloaded: false },
      dax: { rps: 140, absorbed: 119.7, overloaded: false },
      db: { rps: 26.6, absorbed: 26.6, overloaded: false },
      querycache: { rps: 140, absorbed: 140, overloaded: false },
      sessions: { rps: 140, absorbed: 140, overloaded: false },
      table: { rps: 20.3, absorbed: 20.3, overloaded: false },
      waf: { rps: 1000, absorbed: 0, overloaded: false },
      web: { rps: 140, absorbed: 140, overloaded: false },
    };
    const edges = {
      'alb-web': { rps: 140 },
      'cdn-alb': { rps: 140 },
      'cdn-assets': { rps: 40 },
      'dax-table': { rps: 20.3 },
      'waf-cdn': { rps: 1000 },
      'web-dax': { rps: 140 },
      'web-db': { rps: 26.6 },
      'web-querycache': { rps: 140 },
      'web-sessions': { rps: 140 },
    };
    expect(r.stdout).toBe(`${JSON.stringify({ entryRps: 1000, nodes, edges })}\n`);
  });

  it('prints a table per node and edge and a sentence per cache, 50,000 requests/s by default', () => {
    const r = runCli(['traffic', 'examples/web-caching.stackcanvas.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('web-caching: 50,000 requests/s entering at waf');
    // The database row: 630 reads + 700 writes = 1,330 of about 2,000 queries/s (67 %).
    expect(lines.find((l) => l.startsWith('db '))).toMatch(/^db\s+rds\s+data-store\s+1,330\s+1,330\s+630\s+700\s+2,000 queries\/s\s+67%$/);
    expect(lines.find((l) => l.startsWith('web-db '))).toMatch(/^web-db\s+web → db\s+1,330\s+630\s+700$/);
    expect(r.stdout).toContain('- “CDN” served 82% of its requests at the edge (41,000/s); its origins receive 18% of all requests.');
    expect(r.stdout).not.toContain('OVERLOADED');
  });

  it('marks overloaded components', () => {
    const dir = tempDir();
    const doc = {
      format: 'stackcanvas.design',
      version: 1,
      name: 'no-cache',
      nodes: [
        { id: 'lb', kind: 'alb' },
        { id: 'web', kind: 'asg' },
        { id: 'db', kind: 'rds' },
      ],
      edges: [
        { id: 'e1', source: 'lb', target: 'web' },
        { id: 'e2', source: 'web', target: 'db', props: { writeShare: 50 } },
      ],
    };
    writeFileSync(join(dir, 'd.json'), JSON.stringify(doc));
    // 3,000 into the database (2,000/s): 150 %. The servers: 3,000 of 4 × 2,000 = 8,000.
    const r = runCli(['traffic', join(dir, 'd.json'), '--rps=3000']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^db\s.*150% OVERLOADED$/m);
    expect(r.stdout).toMatch(/^web\s.*38%$/m);
    const json = runCli(['traffic', join(dir, 'd.json'), '--rps=3000', '--json']);
    expect(JSON.parse(json.stdout).nodes.db).toEqual({ rps: 3000, absorbed: 3000, overloaded: true });
  });

  it('exits 2 on a bad --rps, with one line', () => {
    for (const bad of ['abc', '-5', '2000000000']) {
      expectUnusable(
        runCli(['traffic', 'examples/web-caching.stackcanvas.json', `--rps=${bad}`]),
        /^stackcanvas: traffic: --rps must be a number of requests per second from 0 to 1,000,000,000, got "/,
      );
    }
    expectUnusable(runCli(['traffic', 'examples/web-caching.stackcanvas.json', '--rps']), /--rps needs a value/);
  });

  it('accepts decimals and 0; refuses exponents, signs and empty values (in process)', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined, cwd: repoRoot };
    const run = (rps: string) => trafficCommand.run({ positionals: ['examples/static-site.stackcanvas.json'], values: { rps, json: true } as never }, io);
    expect(await run('0')).toBe(0);
    expect(JSON.parse(out.pop()!).nodes.cdn).toEqual({ rps: 0, absorbed: 0, overloaded: false });
    expect(await run('12.5')).toBe(0);
    // One origin, 5 % misses: 12.5 × 0.05 = 0.625 → 0.63 (hundredths).
    expect(JSON.parse(out.pop()!).edges['cdn-site']).toEqual({ rps: 0.63 });
    for (const bad of ['1e3', '', '+5', '0x10', ' 5']) await expect(run(bad), JSON.stringify(bad)).rejects.toThrow(CliError);
  });

  it('exits 2 on unusable input, with one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{"format": "stackcanvas.design", "version": 1, "nodes": [');
    expectUnusable(runCli(['traffic', join(dir, 'bad.json')]), /bad\.json: malformed JSON/);
    const doc = { format: 'stackcanvas.design', version: 1, nodes: [{ id: 'c', kind: 'dax', props: { hitRatio: 101 } }] };
    writeFileSync(join(dir, 'range.json'), JSON.stringify(doc));
    expectUnusable(runCli(['traffic', join(dir, 'range.json')]), /range\.json: \$\.nodes\[0\]\.props\.hitRatio: /);
    expectUnusable(runCli(['traffic']), /usage: stackcanvas traffic FILE \[--rps N\] \[--json\]/);
  });
});
