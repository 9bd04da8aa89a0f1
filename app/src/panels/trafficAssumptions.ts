/**
 * The traffic assumptions of a design as the Traffic tab lists them: every traffic prop core
 * declares for its nodes and edges (`trafficNodeProps`, `trafficEdgeProps`), in request-path order,
 * with its value (the design's, else core's default). Pure; the specs, defaults and limits are
 * core's, never restated here.
 */
import { trafficEdgeProps, trafficNodeProps, trafficProps, type Design, type IntegerProp, type PropSpecs, type TrafficResult } from '@stackcanvas/core';
import type { TrafficTarget } from '../store/slices/traffic';

export interface Assumption {
  /** The prop, e.g. `hitRatio`. */
  readonly name: string;
  readonly spec: IntegerProp;
  readonly value: number;
  /** Whether the design sets it (else the value is the default). */
  readonly set: boolean;
}

export interface AssumptionGroup {
  /** `node:<id>` or `edge:<id>`. */
  readonly key: string;
  readonly target: TrafficTarget;
  /** The node, or the edge's source and target nodes. */
  readonly nodes: readonly string[];
  readonly items: readonly Assumption[];
}

export interface Assumptions {
  /** Hit ratios and the shares of a CDN's behaviors: what decides how much the caches take. */
  readonly caches: readonly AssumptionGroup[];
  /** The rest: calls per request, write shares, entry shares, capacity assumptions. */
  readonly other: readonly AssumptionGroup[];
}

/** Props that say how much a cache answers (shown first, as sliders). */
const CACHE_PROPS = new Set(['hitRatio', 'trafficShare']);

function integers(specs: PropSpecs): [string, IntegerProp][] {
  return Object.entries(specs).filter((e): e is [string, IntegerProp] => e[1].type === 'integer');
}

function split(key: string, target: TrafficTarget, nodes: readonly string[], items: Assumption[], caches: AssumptionGroup[], other: AssumptionGroup[]) {
  const c = items.filter((a) => CACHE_PROPS.has(a.name));
  const o = items.filter((a) => !CACHE_PROPS.has(a.name));
  if (c.length) caches.push({ key, target, nodes, items: c });
  if (o.length) other.push({ key, target, nodes, items: o });
}

export function assumptionsOf(design: Design, result: TrafficResult): Assumptions {
  const caches: AssumptionGroup[] = [];
  const other: AssumptionGroup[] = [];
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const rank = new Map(result.order.map((id, i) => [id, i]));
  const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const nodes = [...design.nodes].sort((a, b) => order(a.id) - order(b.id) || (a.id < b.id ? -1 : 1));
  const severalEntries = result.entries.length > 1;
  for (const node of nodes) {
    const traffic = result.nodes.get(node.id);
    const props = trafficProps(node);
    const items: Assumption[] = [];
    for (const [name, spec] of integers(trafficNodeProps(node.kind))) {
      // An entry share means something only when several entry points share the rate.
      if (name === 'entryShare' && !(severalEntries && result.entries.includes(node.id))) continue;
      // A session store answers all its calls: it has no hit ratio to play with.
      if (name === 'hitRatio' && traffic?.cacheMode === 'store') continue;
      const v = props[name];
      items.push({ name, spec, value: typeof v === 'number' ? v : spec.default, set: typeof node.props[name] === 'number' });
    }
    split(`node:${node.id}`, { node: node.id }, [node.id], items, caches, other);
    const out = design.edges.filter((e) => e.source === node.id).sort((a, b) => order(a.target) - order(b.target) || (a.id < b.id ? -1 : 1));
    for (const edge of out) {
      const target = byId.get(edge.target);
      if (!target) continue;
      const edgeItems: Assumption[] = integers(trafficEdgeProps(node.kind, target.kind)).map(([name, spec]) => {
        const v = edge.props[name];
        return { name, spec, value: typeof v === 'number' ? v : spec.default, set: typeof v === 'number' };
      });
      split(`edge:${edge.id}`, { edge: edge.id }, [node.id, target.id], edgeItems, caches, other);
    }
  }
  return { caches, other };
}
