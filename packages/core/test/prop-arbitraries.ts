/** fast-check values of the catalog's prop specs, shared by the property tests. */
import fc from 'fast-check';
import type { PropSpec } from '@stackcanvas/core';

/** Any value a boolean, integer or enum prop allows; undefined for strings and JSON, which each test draws its own way. */
export function scalarPropValue(spec: PropSpec): fc.Arbitrary<unknown> | undefined {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'enum':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    default:
      return undefined;
  }
}
