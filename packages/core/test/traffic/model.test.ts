/**
 * The traffic model against answers worked out by hand (the arithmetic is in the comments; the
 * defaults used are the ones documented in docs/traffic-model.md).
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN, type Design } from '../../src/index';
import { design } from '../../src/rules/fixture-builder';
import { computeTraffic, DEFAULT_ENTRY_RPS, type NodeTraffic, type TrafficFacet, type TrafficResult } from '../../src/traffic/index';
import { trafficFacet } from '../../src/traffic/facets';

function node(r: TrafficResult, id: string): NodeTraffic {
  const n = r.nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
}
const edgeRps = (r: TrafficResult, id: string) => r.edges.get(id)!.rps;

describe('the reference architecture at 50,000 requests/s (defaults only)', () => {
  const r = computeTraffic(REFERENCE_DESIGN);

  it('enters at the WAF and passes everything to CloudFront', () => {
    // Nothing targets the WAF and it protects CloudFront, which faces users: the WAF is the
    // only entry point and receives all 50,000; a firewall answers nothing itself.
    expect(DEFAULT_ENTRY_RPS).toBe(50_000);
    expect(r.entries).toEqual(['waf']);
    expect(node(r, 'waf')).toMatchObject({ rps: 50_000, absorbed: 0, forwarded: 50_000, entryShare: 1 });
    expect(edgeRps(r, 'waf-cdn')).toBe(50_000);
  });

  it('CloudFront serves 82 % at the edge', () => {
    // Origin defaults: S3 share 80, hit 95; ALB share 20, hit 30. Shares 80/(80+20) = 0.8, 0.2.
    // S3:  50,000 × 0.8 × (1 − 0.95) = 40,000 × 0.05 = 2,000
    // ALB: 50,000 × 0.2 × (1 − 0.30) = 10,000 × 0.70 = 7,000
    // Answered at the edge: 50,000 − 2,000 − 7,000 = 41,000 (82 %).
    expect(edgeRps(r, 'cdn-assets')).toBeCloseTo(2_000, 6);
    expect(edgeRps(r, 'cdn-alb')).toBeCloseTo(7_000, 6);
    expect(node(r, 'cdn').absorbed).toBeCloseTo(41_000, 6);
    expect(node(r, 'assets').rps).toBeCloseTo(2_000, 6);
    // CloudFront quota 250,000/s: 50,000 / 250,000 = 20 %.
    expect(node(r, 'cdn').utilization).toBeCloseTo(0.2, 9);
  });

  it('the load balancer forwards all 7,000 to the web servers, which answer them and call four backends', () => {
    expect(node(r, 'alb')).toMatchObject({ absorbed: 0 });
    expect(edgeRps(r, 'alb-web')).toBeCloseTo(7_000, 6);
    const web = node(r, 'web');
    expect(web.rps).toBeCloseTo(7_000, 6);
    expect(web.absorbed).toBeCloseTo(7_000, 6);
    expect(web.forwarded).toBe(0);
    // One call per request on each edge: sessions 7,000, DAX 7,000, query cache 7,000, and the
    // database 1,330 (below): 3 × 7,000 + 1,330 = 22,330 calls/s.
    expect(web.calls).toBeCloseTo(22_330, 6);
    // Capacity: maxSize 6 × 2,000 requests/s per instance = 12,000; 7,000 / 12,000 = 58.3 %.
    expect(web.utilization).toBeCloseTo(7_000 / 12_000, 9);
  });

  it('the query cache divides the database reads by ten (cache-aside)', () => {
    // web → db: 7,000 calls, 10 % writes = 700, reads 6,300; the query cache answers 90 % of the
    // reads, so the database sees 6,300 × 0.1 = 630 reads + 700 writes = 1,330 queries/s.
    const db = node(r, 'db');
    expect(db.reads).toBeCloseTo(630, 6);
    expect(db.writes).toBeCloseTo(700, 6);
    expect(db.rps).toBeCloseTo(1_330, 6);
    expect(db.absorbed).toBeCloseTo(1_330, 6);
    // db.t4g.small estimate 2,000 queries/s: 1,330 / 2,000 = 66.5 %.
    expect(db.utilization).toBeCloseTo(0.665, 9);
    expect(db.overloaded).toBe(false);
    // The query cache itself gets its own 7,000 calls (10 % writes: filling it after misses).
    expect(node(r, 'querycache')).toMatchObject({ cacheMode: 'cache-aside' });
    expect(node(r, 'querycache').rps).toBeCloseTo(7_000, 6);
    expect(node(r, 'querycache').absorbed).toBeCloseTo(7_000, 6);
    // Saved: 6,300 × 0.9 = 5,670 reads/s.
    const saving = r.savings.find((s) => s.cache === 'querycache' && s.store === 'db')!;
    expect(saving.reads).toBeCloseTo(5_670, 6);
  });

  it('DAX answers 90 % of the reads and passes misses and writes to the table (read-through)', () => {
    // web → dax: 7,000 calls, 5 % writes = 350, reads 6,650. Hits 6,650 × 0.9 = 5,985;
    // to the table: misses 665 + writes 350 = 1,015.
    const dax = node(r, 'dax');
    expect(dax.absorbed).toBeCloseTo(5_985, 6);
    expect(dax.forwarded).toBeCloseTo(1_015, 6);
    expect(edgeRps(r, 'dax-table')).toBeCloseTo(1_015, 6);
    expect(node(r, 'table').reads).toBeCloseTo(665, 6);
    expect(node(r, 'table').writes).toBeCloseTo(350, 6);
    // DAX normalized requests: hits 5,985 + 10 × misses 665 + 25 × writes 350 × 3 nodes
    // = 5,985 + 6,650 + 26,250 = 38,885; capacity 3 × 15,000 (dax.t3.small) = 45,000.
    expect(dax.utilization).toBeCloseTo(38_885 / 45_000, 9);
    // On-demand table quota 40,000 reads and 40,000 writes: max(665, 350) / 40,000.
    expect(node(r, 'table').utilization).toBeCloseTo(665 / 40_000, 9);
  });

  it('the session store answers its 7,000 calls; nothing is overloaded', () => {
    expect(node(r, 'sessions')).toMatchObject({ cacheMode: 'store' });
    expect(node(r, 'sessions').absorbed).toBeCloseTo(7_000, 6);
    // cache.t4g.small, Redis OSS, primary only: 10,000 operations/s; 7,000 / 10,000 = 70 %.
    expect(node(r, 'sessions').utilization).toBeCloseTo(0.7, 9);
    expect([...r.nodes.values()].filter((n) => n.overloaded)).toEqual([]);
  });

  it('lists the nodes in request-path order', () => {
    const pos = (id: string) => r.order.indexOf(id);
    for (const e of REFERENCE_DESIGN.edges) expect(pos(e.source), e.id).toBeLessThan(pos(e.target));
    expect(r.order).toHaveLength(REFERENCE_DESIGN.nodes.length);
  });

  it('lowering the CloudFront hit ratio raises the ALB and the database; raising the query cache hit ratio lowers the database', () => {
    const withEdge = (d: Design, id: string, props: Record<string, unknown>): Design => ({
      ...d,
      edges: d.edges.map((e) => (e.id === id ? { ...e, props: { ...e.props, ...props } } : e)),
    });
    const withNode = (d: Design, id: string, props: Record<string, unknown>): Design => ({
      ...d,
      nodes: d.nodes.map((n) => (n.id === id ? { ...n, props: { ...n.props, ...props } } : n)),
    });
    // ALB edge hit 30 → 0: ALB = 10,000; db = 10,000 × (0.9 × 0.1 + 0.1) = 1,900.
    const lower = computeTraffic(withEdge(REFERENCE_DESIGN, 'cdn-alb', { hitRatio: 0 }));
    expect(node(lower, 'alb').rps).toBeCloseTo(10_000, 6);
    expect(node(lower, 'db').rps).toBeCloseTo(1_900, 6);
    // Query cache 90 → 99: db = 6,300 × 0.01 + 700 = 763.
    const higher = computeTraffic(withNode(REFERENCE_DESIGN, 'querycache', { hitRatio: 99 }));
    expect(node(higher, 'db').rps).toBeCloseTo(763, 6);
  });
});

describe('small designs', () => {
  it('a static site: CloudFront with one S3 origin', () => {
    // One origin: its share 80 of a total 80 is 100 %. S3 = 10,000 × (1 − 0.95) = 500.
    const d = design({ cdn: 'cloudfront', site: 's3' }, ['cdn>site']);
    const r = computeTraffic(d, { entryRps: 10_000 });
    expect(node(r, 'cdn').absorbed).toBeCloseTo(9_500, 9);
    expect(node(r, 'site').rps).toBeCloseTo(500, 9);
    // S3: 500 GETs / 5,500 per prefix.
    expect(node(r, 'site').utilization).toBeCloseTo(500 / 5_500, 9);
  });

  it('two entry points with entry shares, two callers of one database, a query cache at only one of them', () => {
    // 10,000 enter; shares 60 and 20 → 0.75 and 0.25: lb1 7,500, lb2 2,500.
    // w1 → db: 2 calls per request, 20 % writes: 15,000 calls = 3,000 writes + 12,000 reads;
    //   w1 also calls the query cache (hit 80): reads reaching db = 12,000 × 0.2 = 2,400;
    //   edge w1-db = 2,400 + 3,000 = 5,400; saved 9,600.
    // w1 → qc: 7,500 × 1 = 7,500 (10 % writes = 750).
    // w2 → db: 2,500 × 1, 10 % writes: 250 writes + 2,250 reads, no cache at w2: 2,500.
    // db = 5,400 + 2,500 = 7,900 (reads 2,400 + 2,250 = 4,650, writes 3,250);
    // db.r7g.large estimate 8,000 queries/s: 7,900 / 8,000 = 98.75 %, not overloaded.
    const d = design(
      {
        lb1: ['alb', { entryShare: 60 }],
        lb2: ['alb', { entryShare: 20 }],
        w1: 'asg',
        w2: 'asg',
        qc: ['elasticache', { hitRatio: 80 }],
        db: ['rds', { instanceClass: 'db.r7g.large' }],
      },
      ['lb1>w1', 'lb2>w2', ['w1>db', { callsPerRequest: 2, writeShare: 20 }], 'w1>qc', 'w2>db'],
    );
    const r = computeTraffic(d, { entryRps: 10_000 });
    expect(r.entries).toEqual(['lb1', 'lb2']);
    expect(node(r, 'lb1').entryShare).toBeCloseTo(0.75, 12);
    expect(node(r, 'lb2').rps).toBeCloseTo(2_500, 9);
    expect(edgeRps(r, 'w1-db')).toBeCloseTo(5_400, 9);
    expect(edgeRps(r, 'w1-qc')).toBeCloseTo(7_500, 9);
    expect(node(r, 'qc').writes).toBeCloseTo(750, 9);
    expect(edgeRps(r, 'w2-db')).toBeCloseTo(2_500, 9);
    const db = node(r, 'db');
    expect(db.rps).toBeCloseTo(7_900, 9);
    expect(db.reads).toBeCloseTo(4_650, 9);
    expect(db.writes).toBeCloseTo(3_250, 9);
    expect(db.utilization).toBeCloseTo(0.9875, 12);
    expect(db.overloaded).toBe(false);
    expect(r.savings).toEqual([{ cache: 'qc', store: 'db', mode: 'cache-aside', reads: expect.closeTo(9_600, 9) as number, hitRatio: 0.8 }]);
  });

  it('DAX with writes in front of a provisioned table', () => {
    // 4,000 enter at the ALB → api 4,000. api → dax, 10 % writes: 400 writes, 3,600 reads.
    // DAX hit 80: answers 2,880; table gets misses 720 + writes 400 = 1,120.
    // Table: 1,000 RCU / 500 WCU → max(720 / 1,000, 400 / 500) = 0.8.
    // DAX normalized: 2,880 + 10 × 720 + 25 × 400 × 3 = 2,880 + 7,200 + 30,000 = 40,080;
    // capacity 3 × 75,000 (dax.r5.large) = 225,000.
    const d = design(
      {
        lb: 'alb',
        api: 'asg',
        dax: ['dax', { hitRatio: 80, nodeType: 'dax.r5.large', replicationFactor: 3 }],
        table: ['dynamodb', { billingMode: 'PROVISIONED', readCapacity: 1_000, writeCapacity: 500 }],
      },
      ['lb>api', ['api>dax', { writeShare: 10 }], 'dax>table'],
    );
    const r = computeTraffic(d, { entryRps: 4_000 });
    expect(node(r, 'dax').absorbed).toBeCloseTo(2_880, 9);
    expect(node(r, 'table').rps).toBeCloseTo(1_120, 9);
    expect(node(r, 'table').utilization).toBeCloseTo(0.8, 12);
    expect(node(r, 'dax').utilization).toBeCloseTo(40_080 / 225_000, 12);
  });

  it('an overloaded Auto Scaling group', () => {
    // 1,000 requests/s into 2 instances at most × 100 requests/s each = 200: 500 %.
    const d = design({ lb: 'alb', web: ['asg', { maxSize: 2, requestsPerInstance: 100 }] }, ['lb>web']);
    const r = computeTraffic(d, { entryRps: 1_000 });
    expect(node(r, 'web').utilization).toBeCloseTo(5, 12);
    expect(node(r, 'web').overloaded).toBe(true);
    expect(node(r, 'web').capacity?.limit).toBe(200);
  });

  it('entry points: a WAF in front of an internet-facing ALB; an internal ALB and an orphan bucket get nothing', () => {
    const d = design({ waf: 'waf', pub: 'alb', web: 'asg', internal: ['alb', { internetFacing: false }], back: 'asg', bucket: 's3' }, [
      'waf>pub',
      'pub>web',
      'internal>back',
    ]);
    const r = computeTraffic(d, { entryRps: 1_000 });
    expect(r.entries).toEqual(['waf']);
    expect(node(r, 'web').rps).toBe(1_000);
    expect(node(r, 'internal').rps).toBe(0);
    expect(node(r, 'back').rps).toBe(0);
    expect(node(r, 'bucket').rps).toBe(0);
  });

  it('a WAF protecting nothing that faces users is not an entry point', () => {
    // The WAF targets an internal ALB: neither faces users, so nothing enters.
    const d = design({ waf: 'waf', lb: ['alb', { internetFacing: false }] }, ['waf>lb']);
    const r = computeTraffic(d, { entryRps: 1_000 });
    expect(r.entries).toEqual([]);
    expect(node(r, 'waf').rps).toBe(0);
  });

  it('CloudFront shares are relative; all zero counts as equal; an origin hit ratio of 100 sends nothing', () => {
    // Shares 30 and 10 → 0.75 and 0.25 of 8,000 = 6,000 and 2,000; hit ratios 50 and 100.
    const d = design({ cdn: 'cloudfront', a: 'alb', b: 's3' }, [
      ['cdn>a', { trafficShare: 30, hitRatio: 50 }],
      ['cdn>b', { trafficShare: 10, hitRatio: 100, pathPattern: '/s/*' }],
    ]);
    const r = computeTraffic(d, { entryRps: 8_000 });
    expect(edgeRps(r, 'cdn-a')).toBeCloseTo(3_000, 9);
    expect(edgeRps(r, 'cdn-b')).toBe(0);
    expect(node(r, 'cdn').absorbed).toBeCloseTo(5_000, 9);
    // Both shares 0: 4,000 each; hit ratios 0.
    const zero = design({ cdn: 'cloudfront', a: 'alb', b: 's3' }, [
      ['cdn>a', { trafficShare: 0, hitRatio: 0 }],
      ['cdn>b', { trafficShare: 0, hitRatio: 0, pathPattern: '/s/*' }],
    ]);
    const z = computeTraffic(zero, { entryRps: 8_000 });
    expect(edgeRps(z, 'cdn-a')).toBe(4_000);
    expect(edgeRps(z, 'cdn-b')).toBe(4_000);
  });

  it('an API front door with a stage cache (the coming apigateway kind only adds a facet)', () => {
    // A stand-in facet: role api, hit ratio 25 %, faces users. 2,000 enter; reads answered
    // 2,000 × 0.25 = 500; 1,500 go on, split equally over two integrations: 750 each.
    const api: TrafficFacet = { role: 'api', facesUsers: () => true, hitRatio: () => 25 };
    const facets = (kind: string) => (kind === 'cfn-resource' ? api : trafficFacet(kind));
    const d = design({ gw: 'cfn-resource', a: 'asg', b: 'asg' }, ['gw>a', 'gw>b']);
    const r = computeTraffic(d, { entryRps: 2_000, facets });
    expect(r.entries).toEqual(['gw']);
    expect(node(r, 'gw').absorbed).toBe(500);
    expect(edgeRps(r, 'gw-a')).toBe(750);
    expect(edgeRps(r, 'gw-b')).toBe(750);
  });

  it('terminates on a loop (which the rules forbid): the edge closing it carries nothing', () => {
    // alb → web → back → alb, the last edge forbidden by the catalog, built in memory.
    // Depth-first from the entry alb: back → alb closes the loop.
    const d = design({ alb: 'alb', web: 'asg', back: 'cfn-resource' }, ['alb>web', 'web>back', 'back>alb']);
    const r = computeTraffic(d, { entryRps: 100 });
    // alb has an incoming edge, so it is no entry point: nothing enters.
    expect(r.entries).toEqual([]);
    expect(r.edges.get('back-alb')).toEqual({ rps: 0, reads: 0, writes: 0, loop: true });
    // With an entry in front: cdn → alb, 100 enter; the ALB origin's default hit ratio 30 → 70.
    const d2 = design({ cdn: 'cloudfront', alb: 'alb', web: 'asg', back: 'cfn-resource' }, ['cdn>alb', 'alb>web', 'web>back', 'back>alb']);
    const r2 = computeTraffic(d2, { entryRps: 100 });
    expect(node(r2, 'alb').rps).toBeCloseTo(70, 9);
    expect(edgeRps(r2, 'web-back')).toBeCloseTo(70, 9); // 1 call per request into the imported resource
    expect(r2.edges.get('back-alb')!.loop).toBe(true);
    expect(node(r2, 'back').absorbed).toBeCloseTo(70, 9);
  });

  it('is total on odd in-memory designs: dangling edges, missing props, nonsense values', () => {
    const d: Design = {
      ...design({}),
      nodes: [
        { id: 'lb', kind: 'alb', position: { x: 0, y: 0 }, props: {} },
        { id: 'web', kind: 'asg', position: { x: 0, y: 0 }, props: { maxSize: 'x', requestsPerInstance: -5 } },
        { id: 'c', kind: 'elasticache', position: { x: 0, y: 0 }, props: { hitRatio: 400, nodeType: 42 } },
      ],
      edges: [
        { id: 'e1', source: 'lb', target: 'web', props: {} },
        { id: 'e2', source: 'web', target: 'c', props: { callsPerRequest: Number.NaN, writeShare: -10 } },
        { id: 'e3', source: 'web', target: 'nowhere', props: {} },
      ],
    };
    const r = computeTraffic(d, { entryRps: 100 });
    expect(node(r, 'web').rps).toBe(100);
    expect(edgeRps(r, 'e2')).toBe(100); // NaN → default 1 call; −10 % → 0 % writes
    expect(node(r, 'c').writes).toBe(0);
    expect(r.edges.has('e3')).toBe(false);
    expect(node(r, 'web').overloaded).toBe(true); // maxSize is not a number: no instances
  });

  it('refuses an entry rate that is not a finite number ≥ 0', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => computeTraffic(REFERENCE_DESIGN, { entryRps: bad })).toThrow(RangeError);
    }
    const none = computeTraffic(REFERENCE_DESIGN, { entryRps: 0 });
    expect([...none.nodes.values()].every((n) => n.rps === 0)).toBe(true);
  });

  it('is deterministic: the order of nodes and edges does not change the result', () => {
    const reversed: Design = { ...REFERENCE_DESIGN, nodes: [...REFERENCE_DESIGN.nodes].reverse(), edges: [...REFERENCE_DESIGN.edges].reverse() };
    const a = computeTraffic(REFERENCE_DESIGN);
    const b = computeTraffic(reversed);
    expect([...b.nodes]).toEqual([...a.nodes]);
    expect(new Map([...b.edges].sort())).toEqual(new Map([...a.edges].sort()));
    expect(b.order).toEqual(a.order);
    expect(b.savings).toEqual(a.savings);
    // Even with a repeated id (an error the rules report): one of the two is chosen by content.
    const twice = design({ lb: 'alb', web: 'asg', db: 'rds' }, ['lb>web', 'web>db']);
    const dup: Design = { ...twice, nodes: [...twice.nodes, { ...twice.nodes[2]!, kind: 's3' }] };
    const flipped: Design = { ...dup, nodes: [...dup.nodes].reverse() };
    expect([...computeTraffic(flipped).nodes]).toEqual([...computeTraffic(dup).nodes]);
  });
});

describe('speed', () => {
  it('recomputes the reference design in well under a millisecond', () => {
    // Best of many runs, so that a busy machine does not make the test flaky.
    let best = Infinity;
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      computeTraffic({ ...REFERENCE_DESIGN });
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(0.5);
  });
});
