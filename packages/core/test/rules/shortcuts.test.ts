/**
 * Designs at the edges of the rules' shortcuts, with hand-written expectations: SC1005 trusts the
 * traffic model's depth-first search only when no edge id repeats (the model keeps one edge per
 * id), SC1004 compares the edges leaving a node pairwise up to 16 of them, SC1007 counts only when
 * the index holds fewer elements than the design, SC5008 skips a repeated id.
 */
import { describe, expect, it } from 'vitest';
import { computeTraffic, validate, type Design } from '../../src/index';
import { design } from '../../src/rules/fixture-builder';

const found = (d: Design, rule: string) =>
  validate(d)
    .filter((x) => x.rule === rule)
    .map((x) => ({ nodes: x.nodes, edges: x.edges }));

/** The same design with edge `index` renamed. */
function renameEdge(d: Design, index: number, id: string): Design {
  return { ...d, edges: d.edges.map((e, i) => (i === index ? { ...e, id } : e)) };
}

describe('SC1005 and the traffic model', () => {
  it('finds a loop whose closing edge shares its id with another edge (which the traffic model keeps instead)', () => {
    // web>alb is renamed to alb-web: the model keeps one of the two edges with that id, so its search sees no loop.
    const d = renameEdge(design({ alb: 'alb', web: 'asg' }, ['alb>web', 'web>alb']), 1, 'alb-web');
    expect([...computeTraffic(d).edges.values()].some((e) => e.loop)).toBe(false);
    expect(found(d, 'SC1005')).toEqual([{ nodes: ['alb', 'web'], edges: ['alb-web'] }]);
    expect(found(d, 'SC1007')).toEqual([{ nodes: [], edges: ['alb-web'] }]);
  });

  it('finds a loop through a dangling edge’s neighbours only when it closes', () => {
    const open = design({ waf: 'waf', cdn: 'cloudfront', s3: 's3' }, ['waf>cdn', 'cdn>s3', 's3>ghost']);
    expect(found(open, 'SC1005')).toEqual([]);
    const closed = design({ waf: 'waf', cdn: 'cloudfront', s3: 's3' }, ['waf>cdn', 'cdn>s3', 's3>waf', 's3>ghost']);
    expect(found(closed, 'SC1005')).toEqual([{ nodes: ['cdn', 's3', 'waf'], edges: ['cdn-s3', 's3-waf', 'waf-cdn'] }]);
  });
});

describe('SC1004 on a node with many edges', () => {
  const stores = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t${i}`, 'dynamodb' as const]));
  const fanOut = (extra: string[]) => design({ alb: 'alb', web: 'asg', ...stores }, ['alb>web', ...Object.keys(stores).map((t) => `web>${t}`), ...extra]);

  it('reports two equal edges among more than 16 leaving one node, and nothing when they differ', () => {
    expect(found(fanOut([]), 'SC1004')).toEqual([]);
    expect(found(fanOut(['web>t3']), 'SC1004')).toEqual([{ nodes: ['t3', 'web'], edges: ['web-t3', 'web-t3-2'] }]);
  });

  it('tells path patterns apart in a short list', () => {
    const d = design({ cdn: 'cloudfront', s3: 's3', alb: 'alb', web: 'asg' }, [
      'cdn>alb',
      ['cdn>s3', { pathPattern: '/a/*' }],
      ['cdn>s3', { pathPattern: '/b/*' }],
      'alb>web',
      ['cdn>s3', { pathPattern: '/a/*' }],
    ]);
    expect(found(d, 'SC1004')).toEqual([{ nodes: ['cdn', 's3'], edges: ['cdn-s3', 'cdn-s3-3'] }]);
  });
});

describe('SC1007 and SC5008 with a repeated node id', () => {
  it('counts repeated ids and leaves their traffic warning until they are fixed', () => {
    // Overloaded: a one-instance group at 50,000 requests/s, calling a table; the table's id is repeated.
    const base = design({ alb: 'alb', web: ['asg', { minSize: 1, maxSize: 1, desiredCapacity: 1 }], db: 'rds' }, ['alb>web', 'web>db']);
    expect(found(base, 'SC5008').length).toBe(1);
    const repeated: Design = { ...base, nodes: [...base.nodes, { ...base.nodes[2]!, position: { x: 9, y: 9 } }] };
    expect(found(repeated, 'SC1007')).toEqual([{ nodes: ['db'], edges: [] }]);
    expect(found(repeated, 'SC5008')).toEqual([]);
  });
});
