/** The traffic facet of each kind, from the kind definitions (`catalog/<kind>/traffic.ts`). */
import { DEFINITIONS, isKind } from '../catalog/index';
import type { TrafficFacet } from './types';

/** The traffic facet of a kind, or undefined (no facet: the node answers what it receives). */
export function trafficFacet(kind: string): TrafficFacet | undefined {
  return isKind(kind) ? DEFINITIONS.find((d) => d.kind === kind)?.traffic : undefined;
}

/** Kinds that have a facet, in registry order. */
export const TRAFFIC_KINDS: readonly string[] = DEFINITIONS.filter((d) => d.traffic).map((d) => d.kind);
