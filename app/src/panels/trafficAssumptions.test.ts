/**
 * The Traffic tab's list of assumptions: core's traffic props of the reference architecture, in
 * request-path order, with the defaults of docs/traffic-model.md's table.
 */
import { computeTraffic, REFERENCE_DESIGN, updateEdgeProps, type Design } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { assumptionsOf } from './trafficAssumptions';

const list = (d: Design) => assumptionsOf(d, computeTraffic(d, {}));
const flat = (groups: ReturnType<typeof list>['caches']) => groups.flatMap((g) => g.items.map((i) => `${g.key}.${i.name}=${i.value}${i.set ? '*' : ''}`));

describe('assumptionsOf', () => {
  it('lists the cache assumptions of the reference architecture with their defaults', () => {
    const caches = flat(list(REFERENCE_DESIGN).caches);
    // CloudFront comes first on the request path; the rest in the model's order.
    expect(caches.slice(0, 4).every((x) => x.startsWith('edge:cdn-'))).toBe(true);
    expect([...caches].sort()).toEqual(
      [
        // CloudFront's behaviors: static 80 % share, 95 % hits; dynamic 20 % share, 30 % hits.
        'edge:cdn-assets.trafficShare=80',
        'edge:cdn-assets.hitRatio=95',
        'edge:cdn-alb.trafficShare=20',
        'edge:cdn-alb.hitRatio=30',
        // DAX and the query cache: 90 %. The session store has no hit ratio (it answers everything).
        'node:dax.hitRatio=90',
        'node:querycache.hitRatio=90',
      ].sort(),
    );
  });

  it('puts the rest apart, and marks values the design sets', () => {
    const d = updateEdgeProps(REFERENCE_DESIGN, 'web-db', { writeShare: 30 });
    const other = flat(list(d).other);
    expect(other).toContain('node:web.requestsPerInstance=2000');
    expect(other).toContain('edge:web-db.writeShare=30*');
    expect(other).toContain('edge:web-db.callsPerRequest=1');
    // One entry point (the WAF): no entry share to split.
    expect(other.some((x) => x.includes('entryShare'))).toBe(false);
  });
});
