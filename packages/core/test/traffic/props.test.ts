/**
 * The traffic facets and props: every kind folder has its facet, the props are catalog-grade
 * (English and Korean, defaults within limits), and the design schema accepts, checks and keeps
 * them (without filling them in: an absent one means its documented default).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, canConnect, catalog, decodeShareLink, edgePropSpecs, encodeShareLink, parseDesign, REFERENCE_DESIGN, type Design } from '../../src/index';
import { computeTraffic, TRAFFIC_KINDS, TRAFFIC_ROLES, trafficEdgeProps, trafficFacet, trafficNodeProps } from '../../src/traffic/index';

const catalogDir = join(__dirname, '../../src/catalog');

describe('facets', () => {
  it('every kind folder but cfn-resource has traffic.ts, registered in traffic/facets.ts', () => {
    const folders = readdirSync(catalogDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const kind of folders) {
      const has = existsSync(join(catalogDir, kind, 'traffic.ts'));
      expect(has, `${kind}/traffic.ts`).toBe(kind !== 'cfn-resource');
      expect(trafficFacet(kind) !== undefined, `${kind} registered`).toBe(has);
    }
    expect([...TRAFFIC_KINDS].sort()).toEqual(ALL_KINDS.filter((k) => k !== 'cfn-resource').sort());
    for (const kind of TRAFFIC_KINDS) expect(TRAFFIC_ROLES).toContain(trafficFacet(kind)!.role);
  });

  it('capacity figures name their basis in both languages and link AWS pages', () => {
    for (const n of REFERENCE_DESIGN.nodes) {
      const c = computeTraffic(REFERENCE_DESIGN).nodes.get(n.id)!.capacity;
      if (!c) continue;
      expect(c.limit, n.id).toBeGreaterThan(0);
      expect(c.basis.ko, n.id).toMatch(/[\uAC00-\uD7A3]/);
      if (c.source) expect(c.source, n.id).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
    }
  });
});

describe('traffic props', () => {
  const allSpecs = () => [
    ...ALL_KINDS.flatMap((k) => Object.entries(trafficNodeProps(k)).map(([name, spec]) => [`${k}.${name}`, spec] as const)),
    ...ALL_KINDS.flatMap((s) =>
      ALL_KINDS.filter((t) => canConnect(s, t)).flatMap((t) =>
        Object.entries(trafficEdgeProps(s, t)).map(([name, spec]) => [`${s}>${t}.${name}`, spec] as const),
      ),
    ),
  ];

  it('have labels and help in English and Korean and defaults within their limits', () => {
    const specs = allSpecs();
    expect(specs.length).toBeGreaterThan(15);
    for (const [where, spec] of specs) {
      expect(spec.label.en.length, where).toBeGreaterThan(3);
      expect(spec.help?.en.length ?? 0, where).toBeGreaterThan(10);
      expect(spec.help?.ko, where).toMatch(/[\uAC00-\uD7A3]/);
      expect(spec.type, where).toBe('integer');
      if (spec.type === 'integer') {
        expect(spec.default, where).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default, where).toBeLessThanOrEqual(spec.max);
      }
    }
  });

  it('do not collide with the catalog’s own props', () => {
    for (const k of ALL_KINDS) {
      for (const name of Object.keys(trafficNodeProps(k))) expect(catalog[k].props, `${k}.${name}`).not.toHaveProperty(name);
      for (const t of ALL_KINDS.filter((t) => canConnect(k, t))) {
        for (const name of Object.keys(trafficEdgeProps(k, t))) expect(edgePropSpecs(k, t), `${k}>${t}.${name}`).not.toHaveProperty(name);
      }
    }
  });

  it('take their defaults from the target kind (docs/traffic-model.md)', () => {
    const d = (s: string, t: string, name: string) => trafficEdgeProps(s, t)[name]?.default;
    expect([d('cloudfront', 's3', 'trafficShare'), d('cloudfront', 's3', 'hitRatio')]).toEqual([80, 95]);
    expect([d('cloudfront', 'alb', 'trafficShare'), d('cloudfront', 'alb', 'hitRatio')]).toEqual([20, 30]);
    expect(['elasticache', 'dax', 'dynamodb', 'rds', 's3'].map((t) => [d('asg', t, 'callsPerRequest'), d('asg', t, 'writeShare')])).toEqual([
      [1, 10],
      [1, 5],
      [1, 10],
      [1, 10],
      [1, 10],
    ]);
    expect(trafficEdgeProps('alb', 'asg')).toEqual({});
    expect(trafficEdgeProps('dax', 'dynamodb')).toEqual({});
    expect(trafficNodeProps('dax')['hitRatio']?.default).toBe(90);
    expect(trafficNodeProps('elasticache')['hitRatio']?.default).toBe(90);
    expect(trafficNodeProps('asg')['requestsPerInstance']?.default).toBe(2_000);
    for (const k of ['cloudfront', 'alb', 'waf']) expect(trafficNodeProps(k)['entryShare']?.default, k).toBe(100);
  });
});

describe('the design schema and traffic props', () => {
  const doc = (nodeProps: Record<string, unknown>, edgeProps: Record<string, unknown> = {}, kind = 'dax') => ({
    format: 'stackcanvas.design',
    version: 1,
    nodes: [
      { id: 'api', kind: 'asg' },
      { id: 'c', kind, props: nodeProps },
    ],
    edges: [{ id: 'e', source: 'api', target: 'c', props: edgeProps }],
  });

  it('accepts them and keeps what was given, without filling in the others', () => {
    const r = parseDesign(doc({ hitRatio: 70 }, { callsPerRequest: 3, writeShare: 0 }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.design.nodes[1]!.props['hitRatio']).toBe(70);
    expect(r.design.edges[0]!.props).toEqual({ callsPerRequest: 3, writeShare: 0 });
    expect(r.design.nodes[0]!.props).not.toHaveProperty('requestsPerInstance');
    expect(REFERENCE_DESIGN.edges.find((e) => e.id === 'cdn-alb')!.props).toEqual({});
  });

  it('refuses values outside the limits, fractions and traffic props of another kind, naming where', () => {
    const first = (raw: unknown) => {
      const r = parseDesign(raw);
      return r.ok ? undefined : r.errors[0];
    };
    expect(first(doc({ hitRatio: 150 }))).toMatchObject({ path: '$.nodes[1].props.hitRatio' });
    expect(first(doc({}, { writeShare: 12.5 }))).toMatchObject({ path: '$.edges[0].props.writeShare' });
    expect(first(doc({}, { callsPerRequest: -1 }))).toMatchObject({ path: '$.edges[0].props.callsPerRequest' });
    const foreign = first(doc({ hitRatio: 50 }, {}, 'rds'));
    expect(foreign?.path).toBe('$.nodes[1].props');
    expect(foreign?.message).toMatch(/unknown field "hitRatio"/);
  });

  it('travel in share links unchanged', () => {
    const d: Design = {
      ...REFERENCE_DESIGN,
      edges: REFERENCE_DESIGN.edges.map((e) => (e.id === 'cdn-alb' ? { ...e, props: { ...e.props, hitRatio: 10 } } : e)),
      nodes: REFERENCE_DESIGN.nodes.map((n) => (n.id === 'dax' ? { ...n, props: { ...n.props, hitRatio: 95 } } : n)),
    };
    const back = decodeShareLink(encodeShareLink(d, 'https://example.test/'));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.design.edges.find((e) => e.id === 'cdn-alb')!.props['hitRatio']).toBe(10);
    expect(back.design.nodes.find((n) => n.id === 'dax')!.props['hitRatio']).toBe(95);
    expect(computeTraffic(back.design).nodes.get('alb')!.rps).toBeCloseTo(computeTraffic(d).nodes.get('alb')!.rps, 9);
  });
});
