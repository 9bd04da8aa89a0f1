/**
 * Property tests over random in-memory designs (fast-check): validate() is total, deterministic
 * whatever the order of nodes and edges, sorted, and points only at elements of the design.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ALL_KINDS, catalog, defaultProps, validate, type Design, type DesignEdge, type DesignNode, type Kind } from '../../src/index';

const kindArb = fc.constantFrom(...ALL_KINDS);
/** A prop value that may be the default, another valid value, or nonsense (designs built in memory). */
const valueArb = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -3, max: 15 }),
  fc.constantFrom('redis', 'valkey', 'memcached', 'sessions', 'cache', '', '/static/*', '*'),
  fc.constant(undefined),
);

const designArb = fc
  .record({
    kinds: fc.array(kindArb, { minLength: 0, maxLength: 14 }),
    labels: fc.array(fc.constantFrom('Cache', 'cache', '세션', 'Web', '123', 'DB'), { maxLength: 14 }),
    patches: fc.array(
      fc.tuple(
        fc.nat(13),
        fc.constantFrom(
          'stickiness',
          'purpose',
          'engine',
          'replicas',
          'minSize',
          'maxSize',
          'desiredCapacity',
          'replicationFactor',
          'multiAz',
          'internetFacing',
        ),
        valueArb,
      ),
      { maxLength: 20 },
    ),
    edges: fc.array(fc.tuple(fc.nat(15), fc.nat(15), fc.option(fc.constantFrom('/static/*', 'static/*', '*', 'a b', ''), { nil: undefined })), {
      maxLength: 30,
    }),
  })
  .map(({ kinds, labels, patches, edges }): Design => {
    const nodes: DesignNode[] = kinds.map((kind: Kind, i) => {
      const props: Record<string, unknown> = defaultProps(catalog[kind].props);
      for (const [n, key, value] of patches) if (n === i) props[key] = value;
      const label = labels[i];
      return { id: `n${i}`, kind, position: { x: i, y: 0 }, props, ...(label !== undefined ? { label } : {}) };
    });
    // Ids past the last node dangle on purpose.
    const outEdges: DesignEdge[] = edges.map(([s, t, pattern], i) => ({
      id: `e${i}`,
      source: `n${s}`,
      target: `n${t}`,
      props: pattern === undefined ? {} : { pathPattern: pattern },
    }));
    return { format: 'stackcanvas.design', version: 2, name: 'random', nodes, edges: outEdges };
  });

const RANK = { error: 0, warning: 1, info: 2 } as const;

it('validate() is total, deterministic, sorted and points only at elements of the design', () => {
  fc.assert(
    fc.property(designArb, (design) => {
      const found = validate(design);
      const reversed = validate({ ...design, nodes: [...design.nodes].reverse(), edges: [...design.edges].reverse() });
      expect(reversed).toEqual(found);
      const nodeIds = new Set(design.nodes.map((n) => n.id));
      const edgeIds = new Set(design.edges.map((e) => e.id));
      for (const [i, d] of found.entries()) {
        for (const n of d.nodes) expect(nodeIds.has(n)).toBe(true);
        for (const e of d.edges) expect(edgeIds.has(e)).toBe(true);
        expect(d.message.en).not.toMatch(/undefined|NaN|\[object/);
        expect(d.message.ko).not.toMatch(/undefined|NaN|\[object/);
        if (i > 0) expect(RANK[found[i - 1]!.severity]).toBeLessThanOrEqual(RANK[d.severity]);
      }
    }),
    { numRuns: 300, seed: 20261125 },
  );
});
