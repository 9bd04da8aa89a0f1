/** The traffic facet of each kind, from the kind definitions (`catalog/<kind>/traffic.ts`, loaded on demand). */
import { DEFINITIONS, isKind } from '../catalog/index';
import type { TrafficFacet } from './types';

/** The traffic facet of a kind, or undefined (no facet: the node answers what it receives). */
export function trafficFacet(kind: string): TrafficFacet | undefined {
  return isKind(kind) ? FACETS.get(kind) : undefined;
}

/**
 * Kind → facet, read once per node by the model: a map, not a search of the registry. The facets
 * are fetched here, at module level (they are not part of the catalog the app's first load holds).
 */
const FACETS: ReadonlyMap<string, TrafficFacet> = new Map(
  await Promise.all(DEFINITIONS.flatMap((d) => (d.traffic ? [d.traffic().then((f) => [d.kind, f] as const)] : []))),
);

/** Kinds that have a facet, in registry order. */
export const TRAFFIC_KINDS: readonly string[] = DEFINITIONS.filter((d) => d.traffic).map((d) => d.kind);
