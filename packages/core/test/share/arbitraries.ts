/** fast-check arbitraries of design documents, built from the catalog (never from the codec under test). */
import fc from 'fast-check';
import { ALL_KINDS, catalog, parseDesign, type Design, type PropSpec, type PropSpecs } from '@stackcanvas/core';
import { originEdgeProps } from '../../src/catalog/cloudfront/component';
import { scalarPropValue } from '../prop-arbitraries';

function valueOf(spec: PropSpec): fc.Arbitrary<unknown> {
  const scalar = scalarPropValue(spec);
  if (scalar) return scalar;
  if (spec.type === 'string') {
    return spec.pattern
      ? fc.stringMatching(new RegExp(spec.pattern)).filter((s) => s.length <= spec.maxLength)
      : fc.string({ maxLength: Math.min(spec.maxLength, 40), unit: 'binary' });
  }
  return fc.jsonValue({ maxDepth: 3 });
}

/** Some props of a kind: each either left out, set to its default, or set to a random valid value. */
export function propsArb(specs: PropSpecs): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(specs).map(([key, spec]) =>
    fc.oneof(fc.constant(undefined), fc.constant(spec.default), valueOf(spec)).map((v) => [key, v] as const),
  );
  return fc.tuple(...entries).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of pairs) if (v !== undefined) out[k] = v;
    return out;
  });
}

const idArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,12}$/);
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const nodeArb = fc.constantFrom(...ALL_KINDS).chain((kind) =>
  fc.record(
    {
      id: idArb,
      kind: fc.constant(kind),
      label: fc.string({ maxLength: 60, unit: 'binary' }),
      position: fc.record({ x: coordinate, y: coordinate }),
      props: propsArb(catalog[kind].props),
    },
    { requiredKeys: ['id', 'kind', 'position'] },
  ),
);

/** A raw design document object (as a file would hold it); may be invalid in rare cases. */
export const rawDesignArb = fc.uniqueArray(nodeArb, { selector: (n) => n.id, maxLength: 14 }).chain((nodes) =>
  fc.record(
    {
      format: fc.constant('stackcanvas.design'),
      version: fc.constant(1),
      name: fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }),
      nodes: fc.constant(nodes),
      edges: nodes.length
        ? fc.uniqueArray(
            fc.record({
              id: idArb,
              source: fc.constantFrom(...nodes.map((n) => n.id)),
              target: fc.constantFrom(...nodes.map((n) => n.id)),
              props: propsArb(originEdgeProps),
            }),
            { selector: (e) => e.id, maxLength: 16 },
          )
        : fc.constant([]),
      extras: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }),
    },
    { requiredKeys: ['format', 'version', 'nodes'] },
  ),
);

/** Designs as `parseDesign` returns them from a file's text (so no `-0`, no `undefined`). */
export const designArb: fc.Arbitrary<Design> = rawDesignArb
  .map((raw) => parseDesign(JSON.stringify(raw)))
  .filter((r): r is { ok: true; design: Design } => r.ok)
  .map((r) => r.design);
