/**
 * Conservation on random valid designs (fast-check): designs built from the catalog's allowed
 * connections with random catalog props and random traffic assumptions within their limits,
 * checked by `parseDesign`. At every node, what arrives equals what is absorbed plus what leaves;
 * no rate is negative or NaN; the entry rate is all accounted for.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ALL_KINDS, canConnect, catalog, parseDesign, type Design, type Kind, type PropSpecs } from '../../src/index';
import { computeTraffic, trafficEdgeProps, trafficNodeProps } from '../../src/traffic/index';
import { scalarPropValue } from '../prop-arbitraries';

/** Strings and JSON keep their defaults: they do not change the traffic. */
const valueOf = scalarPropValue;

/** Each prop left out or set to a valid value. */
function propsArb(specs: PropSpecs): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(specs).flatMap(([key, spec]) => {
    const v = valueOf(spec);
    return v ? [fc.option(v, { nil: undefined }).map((x) => [key, x] as const)] : [];
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, x]) => x !== undefined)));
}

const designArb: fc.Arbitrary<Design> = fc
  // Kinds on the request path more often than the others, so that traffic flows through caches.
  .array(
    fc.oneof(
      ...ALL_KINDS.map((kind) => ({
        arbitrary: fc.constant(kind),
        weight: kind === 'asg' || kind === 'alb' ? 4 : kind === 'elasticache' || kind === 'rds' ? 3 : 1,
      })),
    ),
    { minLength: 1, maxLength: 16 },
  )
  .chain((kinds: Kind[]) => {
    const pairs: [number, number][] = [];
    kinds.forEach((s, i) => kinds.forEach((t, j) => i !== j && canConnect(s, t) && pairs.push([i, j])));
    const nodes = fc.tuple(...kinds.map((k) => propsArb({ ...catalog[k].props, ...trafficNodeProps(k) })));
    const edges = pairs.length
      ? fc.uniqueArray(
          fc.constantFrom(...pairs).chain(([i, j]) =>
            propsArb(trafficEdgeProps(kinds[i]!, kinds[j]!)).map((props) => ({
              i,
              j,
              props: kinds[i] === 'cloudfront' ? { ...props, pathPattern: `/p${j}/*` } : props,
            })),
          ),
          { selector: (e) => `${e.i}>${e.j}`, maxLength: 30 },
        )
      : fc.constant([]);
    return fc.tuple(fc.constant(kinds), nodes, edges);
  })
  .map(([kinds, nodeProps, edges]) => {
    const doc = {
      format: 'stackcanvas.design',
      version: 1,
      nodes: kinds.map((kind, i) => ({ id: `n${i}`, kind, props: nodeProps[i] })),
      edges: edges.map((e, k) => ({ id: `e${k}`, source: `n${e.i}`, target: `n${e.j}`, props: e.props })),
    };
    const r = parseDesign(JSON.stringify(doc));
    if (!r.ok) throw new Error(`generated an invalid design: ${JSON.stringify(r.errors)}`);
    return r.design;
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

it('conserves requests at every node, with no negative or NaN rate, on random valid designs', () => {
  // How often the generated designs exercise the interesting paths (so the property is not vacuous).
  const seen = { flowing: 0, loops: 0, savings: 0, compute: 0 };
  fc.assert(
    fc.property(designArb, fc.double({ min: 0, max: 1e6, noNaN: true }), (d, entryRps) => {
      const r = computeTraffic(d, { entryRps });
      const rate = (x: number) => Number.isFinite(x) && x >= 0;
      expect(r.nodes.size).toBe(d.nodes.length);
      expect(r.edges.size).toBe(d.edges.length);
      const intoNode = new Map<string, number>();
      const outOfNode = new Map<string, number>();
      for (const e of d.edges) {
        const t = r.edges.get(e.id)!;
        expect(rate(t.rps) && rate(t.reads) && rate(t.writes), e.id).toBe(true);
        expect(close(t.rps, t.reads + t.writes), e.id).toBe(true);
        intoNode.set(e.target, (intoNode.get(e.target) ?? 0) + t.rps);
        outOfNode.set(e.source, (outOfNode.get(e.source) ?? 0) + t.rps);
      }
      let entered = 0;
      for (const [id, n] of r.nodes) {
        for (const x of [n.rps, n.absorbed, n.forwarded, n.calls, n.reads, n.writes]) expect(rate(x), id).toBe(true);
        // Arriving = absorbed + leaving …
        expect(close(n.rps, n.absorbed + n.forwarded), `${id}: ${n.rps} = ${n.absorbed} + ${n.forwarded}`).toBe(true);
        // … where the out-edges carry what is passed on plus the calls a compute node makes.
        expect(close(outOfNode.get(id) ?? 0, n.forwarded + n.calls), id).toBe(true);
        if (n.role !== 'compute') expect(n.calls, id).toBe(0);
        // What arrives is what the in-edges bring plus the node's share of the entry rate.
        expect(close(n.rps, (intoNode.get(id) ?? 0) + entryRps * n.entryShare), id).toBe(true);
        expect(close(n.rps, n.reads + n.writes), id).toBe(true);
        entered += n.entryShare;
        if (n.utilization !== undefined) expect(n.utilization >= 0 && !Number.isNaN(n.utilization), id).toBe(true);
      }
      // The whole entry rate enters when there is an entry point.
      expect(close(entered, r.entries.length ? 1 : 0)).toBe(true);
      if ([...r.edges.values()].some((e) => e.rps > 0)) seen.flowing++;
      if ([...r.edges.values()].some((e) => e.loop)) seen.loops++;
      if (r.savings.some((s) => s.reads > 0)) seen.savings++;
      if ([...r.nodes.values()].some((n) => n.calls > 0)) seen.compute++;
    }),
    { numRuns: 400 },
  );
  expect(seen.flowing).toBeGreaterThan(80);
  expect(seen.loops).toBeGreaterThan(5);
  expect(seen.savings).toBeGreaterThan(0);
  expect(seen.compute).toBeGreaterThan(25);
});
