/**
 * The few places where the resource schema's `causesReplacement: "maybe"` can be made exact from
 * the values, kept by hand because the schema cannot say it. Each entry names the documentation
 * it follows; anything not listed here keeps what the schema says (docs/changesets.md).
 */
import { resourceTypes } from '../catalog/index';
import type { ReplacementRefinement } from '../catalog/kind';

/** Exact replacement answers per type and property: declared by the kinds (`replacement` in their resource types). */
export function refinementOf(type: string, property: string): ReplacementRefinement | undefined {
  return resourceTypes().get(type)?.replacement?.[property];
}
