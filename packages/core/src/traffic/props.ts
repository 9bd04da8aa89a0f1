/**
 * The traffic assumptions as document props: per kind, the extra node prop specs; per
 * (source kind, target kind), the extra edge prop specs, with defaults set by the target kind
 * (`inEdgeDefaults`). The design schema (`model/parse.ts`) checks them like any other prop
 * (types, limits, unknown keys) but does not fill them in: a document carries only the
 * assumptions someone set, and the model reads an absent one as its default. This goes away when
 * the kind definitions declare these props themselves.
 */
import type { PropSpec, PropSpecs } from '../catalog/types';
import { GENERIC_KIND } from '../catalog/index';
import { TRAFFIC_KINDS, trafficFacet } from './facets';

const EMPTY: PropSpecs = Object.freeze({});

/** Traffic props a node of `kind` carries (e.g. `hitRatio` on DAX, `entryShare` on CloudFront). */
export function trafficNodeProps(kind: string): PropSpecs {
  return trafficFacet(kind)?.nodeProps ?? EMPTY;
}

/** Source kind → target kind → specs (two look-ups, no key string per edge). */
const edgeSpecsCache = new Map<string, Map<string, PropSpecs>>();

/**
 * Traffic props an edge `source → target` carries (e.g. `trafficShare` and `hitRatio` out of
 * CloudFront, `callsPerRequest` and `writeShare` out of an Auto Scaling group), defaults from the
 * target. A target without a facet (an imported resource) is called like a data store.
 */
export function trafficEdgeProps(source: string, target: string): PropSpecs {
  let bySource = edgeSpecsCache.get(source);
  if (!bySource) edgeSpecsCache.set(source, (bySource = new Map()));
  let specs = bySource.get(target);
  if (specs) return specs;
  const from = trafficFacet(source);
  const to = trafficFacet(target);
  const base = from?.outEdgeProps?.(to?.role ?? 'data-store') ?? EMPTY;
  const out: Record<string, PropSpec> = {};
  for (const [name, spec] of Object.entries(base)) {
    const d = to?.inEdgeDefaults?.[name];
    out[name] = d !== undefined && spec.type === 'integer' ? { ...spec, default: Math.min(spec.max, Math.max(spec.min, d)) } : spec;
  }
  specs = Object.keys(out).length ? Object.freeze(out) : EMPTY;
  bySource.set(target, specs);
  return specs;
}

const nodeSpecsCache = new WeakMap<PropSpecs, PropSpecs>();

/** The catalog's node props of `kind` plus its traffic props; one object per kind (the schema caches by identity). */
export function withTrafficNodeProps(kind: string, catalogProps: PropSpecs): PropSpecs {
  const extra = trafficNodeProps(kind);
  if (extra === EMPTY) return catalogProps;
  let specs = nodeSpecsCache.get(catalogProps);
  if (!specs) {
    specs = Object.freeze({ ...catalogProps, ...extra });
    nodeSpecsCache.set(catalogProps, specs);
  }
  return specs;
}

function allEdgeProps(): PropSpecs {
  const out: Record<string, PropSpec> = {};
  for (const source of TRAFFIC_KINDS) {
    for (const target of [...TRAFFIC_KINDS, GENERIC_KIND]) Object.assign(out, trafficEdgeProps(source, target));
  }
  return Object.freeze(out);
}

/** Every traffic edge prop any pair carries, for the schema's check of edge props (limits are the same for every pair). */
export const ALL_TRAFFIC_EDGE_PROPS: PropSpecs = allEdgeProps();
