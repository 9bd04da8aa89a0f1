/** SC5008: what the warning says, with the numbers worked out by hand (50,000 requests/s entering). */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index';
import { design } from '../../src/rules/fixture-builder';

const sc5008 = (d: ReturnType<typeof design>) => validate(d).filter((x) => x.rule === 'SC5008');

describe('SC5008 database over its capacity', () => {
  it('no cache in the design: names the kind to add and what it would absorb', () => {
    // ALB → web → db: 50,000 calls = 45,000 reads + 5,000 writes into a db.t4g.small (2,000/s):
    // 25 times its capacity. A query cache at the default 90 % would absorb 45,000 × 0.9 =
    // 40,500 reads and leave 4,500 + 5,000 = 9,500/s = 475 % of 2,000.
    const [w, ...more] = sc5008(design({ alb: 'alb', web: ['asg', {}, 'Web'], db: ['rds', {}, 'Orders'] }, ['alb>web', 'web>db']));
    expect(more).toEqual([]);
    expect(w!.severity).toBe('warning');
    expect(w!.message.en).toContain('“Orders” would receive 50,000/s, 25 times its capacity');
    expect(w!.message.en).toContain('Add an ElastiCache query cache');
    expect(w!.message.en).toContain('at a 90% hit ratio it would absorb 40,500 reads/s and leave 9,500/s, still 475% of its capacity');
    expect(w!.message.ko).toContain('ElastiCache 쿼리 캐시');
    expect(w!.nodes).toEqual(['db', 'web']);
    expect(w!.edges).toEqual(['web-db']);
  });

  it('a cache the design already has: names it', () => {
    // api → table (on-demand): 45,000 reads > 40,000 units. The DAX cluster serves another
    // table; through it (90 %): 4,500 reads + 5,000 writes, max(4,500, 5,000) / 40,000 = 12.5 %.
    const d = design({ alb: 'alb', api: 'asg', table: 'dynamodb', dax: ['dax', {}, 'Cluster'], other: 'dynamodb' }, ['alb>api', 'api>table', 'dax>other']);
    const [w] = sc5008(d);
    expect(w!.message.en).toContain('“table” would receive 50,000/s, 113% of its capacity');
    expect(w!.message.en).toContain('Send “api”’s calls through “Cluster”');
    expect(w!.message.en).toContain('leave 9,500/s, within its capacity (13%)');
    expect(w!.nodes).toEqual(['api', 'dax', 'table']);
  });

  it('cached but still over: the hit ratio that would do', () => {
    // web → db with no writes: 50,000 reads; the query cache at 90 % leaves 5,000 > 2,000.
    // Within capacity when 50,000 × (1 − h) ≤ 2,000, i.e. h ≥ 96 %.
    const d = design({ alb: 'alb', web: 'asg', qc: 'elasticache', db: 'rds' }, ['alb>web', 'web>qc', ['web>db', { writeShare: 0 }]]);
    const [w] = sc5008(d);
    expect(w!.message.en).toContain('even with “qc” taking 45,000 reads/s off it. A hit ratio of 96% or more would bring it within capacity.');
    expect(w!.message.ko).toContain('96%');
    expect(w!.nodes).toEqual(['db', 'qc', 'web']);
  });

  it('silent when the cache is good enough', () => {
    // Same design, hit ratio 97 %: 50,000 × 0.03 = 1,500 ≤ 2,000.
    const d = design({ alb: 'alb', web: 'asg', qc: ['elasticache', { hitRatio: 97 }], db: 'rds' }, ['alb>web', 'web>qc', ['web>db', { writeShare: 0 }]]);
    expect(sc5008(d)).toEqual([]);
  });
});
