/**
 * The traffic what-if: requests per second on every node and edge of a design for an entry rate,
 * from the kinds' traffic facets and the traffic props. Pure, deterministic (the order of nodes
 * and edges does not matter), O(nodes + edges), total on any in-memory design (dangling edges,
 * missing or nonsense props, loops). The model and every default: `docs/traffic-model.md`.
 *
 * Conservation, at every node: `rps = absorbed + forwarded`, where `forwarded` is the sum of the
 * out-edge rates of a node that passes requests on (CDN, firewall, load balancer, API, read-through
 * cache). A compute node answers every request it receives (`absorbed = rps`, `forwarded = 0`) and
 * its out-edges carry the new requests it makes: `calls` (their sum). So for every node the out-edge
 * rates add up to `forwarded + calls`.
 */
import { catalog, defaultProps, isKind } from '../catalog/index';
import type { I18n, PropSpecs, Props } from '../catalog/types';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import { trafficFacet } from './facets';
import { trafficEdgeProps, trafficNodeProps } from './props';
import type { CacheMode, CapacityHint, TrafficFacet, TrafficRole } from './types';

/** Requests per second entering the design when none is given (`traffic FILE` without `--rps`). */
export const DEFAULT_ENTRY_RPS = 50_000;

export interface TrafficOptions {
  /** Requests per second entering at the entry points, shared among them. @default 50000 */
  readonly entryRps?: number;
  /** Where facets come from (tests, and kinds whose facet is not registered yet). @default the registry of `facets.ts` */
  readonly facets?: (kind: string) => TrafficFacet | undefined;
}

/** A capacity hint as plain data (the figure, its unit and where it comes from). */
export interface CapacityInfo {
  readonly limit: number;
  readonly unit: I18n;
  readonly basis: I18n;
  readonly source?: string;
}

export interface NodeTraffic {
  /** Requests per second arriving. */
  readonly rps: number;
  /** Answered here without going further. */
  readonly absorbed: number;
  /** Passed on along the out-edges (the same requests). */
  readonly forwarded: number;
  /** New requests this node makes to its callees (compute). */
  readonly calls: number;
  /** Of `rps`: reads and writes (requests that are not calls of a compute node count as reads). */
  readonly reads: number;
  readonly writes: number;
  /** Whether users' requests enter here, and its share of the entry rate (0–1). */
  readonly entryShare: number;
  readonly role?: TrafficRole;
  readonly cacheMode?: CacheMode;
  readonly capacity?: CapacityInfo;
  /** Load ÷ capacity (1 = at capacity); absent without a capacity hint. */
  readonly utilization?: number;
  readonly overloaded: boolean;
}

export interface EdgeTraffic {
  readonly rps: number;
  readonly reads: number;
  readonly writes: number;
  /** The edge closes a loop (the rules forbid loops): the model sends nothing along it. */
  readonly loop: boolean;
}

/** Reads per second a cache answers that would otherwise reach a data store. */
export interface CacheSaving {
  readonly cache: string;
  readonly store: string;
  readonly mode: CacheMode;
  readonly reads: number;
  /** The hit ratio (0–1) that produced it (for several cache-aside caches at one caller: their mean). */
  readonly hitRatio: number;
}

export interface TrafficResult {
  readonly entryRps: number;
  /** Per node id, in request-path order (see `order`). */
  readonly nodes: ReadonlyMap<string, NodeTraffic>;
  /** Per edge id (edges whose two ends exist). */
  readonly edges: ReadonlyMap<string, EdgeTraffic>;
  /** Node ids in request-path order: a node after everything that sends to it (loops aside). */
  readonly order: readonly string[];
  /** Entry points, by id. */
  readonly entries: readonly string[];
  /** What each cache takes off the data stores behind it. */
  readonly savings: readonly CacheSaving[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Orders elements that share an id (only then is it computed). */
function contentKey(element: DesignNode | DesignEdge): string {
  return JSON.stringify(element, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** Catalog and traffic defaults of a kind, filled once per kind. */
const defaultsCache = new Map<string, Readonly<Record<string, unknown>>>();
function kindDefaults(kind: string): Readonly<Record<string, unknown>> {
  let d = defaultsCache.get(kind);
  if (!d) {
    d = { ...(isKind(kind) ? defaultProps(catalog[kind].props) : {}), ...defaultProps(trafficNodeProps(kind)) };
    defaultsCache.set(kind, d);
  }
  return d;
}

/** A node's props with the defaults of every missing prop (a parsed design has them all: no copy). */
const propsCache = new WeakMap<object, { kind: string; props: Props }>();
function resolvedProps(node: DesignNode): Props {
  const own = (node.props ?? {}) as Props;
  const hit = propsCache.get(own);
  if (hit && hit.kind === node.kind) return hit.props;
  const defaults = kindDefaults(node.kind);
  let props: Props = own;
  for (const key of Object.keys(defaults)) {
    if (own[key] === undefined) {
      const merged: Record<string, unknown> = { ...defaults };
      for (const [k, v] of Object.entries(own)) if (v !== undefined) merged[k] = v;
      props = merged;
      break;
    }
  }
  propsCache.set(own, { kind: node.kind, props });
  return props;
}

/** Fallbacks for edge props a pair does not declare (a kind with no facet as the source). */
const EDGE_FALLBACK: Readonly<Record<string, number>> = { trafficShare: 50, hitRatio: 0, callsPerRequest: 1, writeShare: 0 };

function edgeNumber(edge: DesignEdge, specs: PropSpecs, name: string): number {
  const spec = specs[name];
  const v = edge.props?.[name];
  if (spec?.type === 'integer') {
    const n = typeof v === 'number' && Number.isFinite(v) ? v : spec.default;
    return Math.min(spec.max, Math.max(spec.min, n));
  }
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : (EDGE_FALLBACK[name] ?? 0);
}

const clampPercent = (p: number) => (Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 0) / 100;
/** Removes float noise below zero (a − b where b ≈ a). */
const nonNegative = (x: number) => (x > 0 ? x : 0);

interface Work {
  readonly node: DesignNode;
  readonly facet: TrafficFacet | undefined;
  readonly props: Props;
  readonly out: DesignEdge[];
  incoming: number;
  reads: number;
  writes: number;
}

/**
 * Requests per second on every node and edge for `entryRps` entering the design. Throws a
 * RangeError only when `entryRps` is not a finite number ≥ 0.
 */
export function computeTraffic(design: Design, options: TrafficOptions = {}): TrafficResult {
  const entryRps = options.entryRps ?? DEFAULT_ENTRY_RPS;
  if (typeof entryRps !== 'number' || !Number.isFinite(entryRps) || entryRps < 0) {
    throw new RangeError(`entryRps must be a finite number of requests per second ≥ 0, got ${String(entryRps)}`);
  }

  const facetOf = options.facets ?? trafficFacet;
  // Nodes by id and edges whose two ends exist. A repeated id (an error of its own, SC1007) keeps
  // one element chosen by content, so that the order of the document never matters.
  const work = new Map<string, Work>();
  for (const node of design.nodes) {
    const seen = work.get(node.id);
    if (seen && contentKey(seen.node) <= contentKey(node)) continue;
    work.set(node.id, { node, facet: facetOf(node.kind), props: resolvedProps(node), out: [], incoming: 0, reads: 0, writes: 0 });
  }
  const chosenEdges = new Map<string, DesignEdge>();
  for (const edge of design.edges) {
    if (!work.has(edge.source) || !work.has(edge.target)) continue;
    const seen = chosenEdges.get(edge.id);
    if (!seen || contentKey(edge) < contentKey(seen)) chosenEdges.set(edge.id, edge);
  }
  for (const edge of chosenEdges.values()) {
    work.get(edge.source)!.out.push(edge);
    work.get(edge.target)!.incoming++;
  }
  const ids = [...work.keys()].sort();
  for (const id of ids) work.get(id)!.out.sort(byId);

  // Entry points: nothing targets them and they face users (a firewall: it protects something that does).
  const facesUsers = (w: Work) => w.facet?.facesUsers?.(w.props) === true;
  const entries = ids.filter((id) => {
    const w = work.get(id)!;
    if (w.incoming > 0 || !facesUsers(w)) return false;
    if (w.facet?.role === 'firewall') return w.out.some((e) => facesUsers(work.get(e.target)!));
    return true;
  });

  // Depth-first from the entries, then from every other node (ids in order): edges back to a node
  // on the current path close a loop and carry nothing; reverse post-order is the request path.
  const loops = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1 = on the path, 2 = done
  const post: string[] = [];
  for (const start of [...entries, ...ids]) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const out = work.get(top.id)!.out;
      if (top.next < out.length) {
        const edge = out[top.next++]!;
        const s = state.get(edge.target);
        if (s === 1) loops.add(edge.id);
        else if (s === undefined) {
          state.set(edge.target, 1);
          stack.push({ id: edge.target, next: 0 });
        }
      } else {
        state.set(top.id, 2);
        post.push(top.id);
        stack.pop();
      }
    }
  }
  const order = post.reverse();

  // Entry shares: relative weights (`entryShare`), all zero = equal.
  const weights = entries.map((id) => {
    const w = work.get(id)!;
    const spec = trafficNodeProps(w.node.kind)['entryShare'];
    const v = w.props['entryShare'];
    return spec?.type === 'integer' && typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : 100;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const entryShares = new Map<string, number>();
  entries.forEach((id, i) => {
    const share = totalWeight > 0 ? weights[i]! / totalWeight : 1 / entries.length;
    entryShares.set(id, share);
    work.get(id)!.reads += entryRps * share;
  });

  const edges = new Map<string, EdgeTraffic>();
  const nodes = new Map<string, NodeTraffic>();
  const savings: CacheSaving[] = [];
  const send = (edge: DesignEdge, reads: number, writes: number) => {
    const r = nonNegative(reads);
    const w = nonNegative(writes);
    edges.set(edge.id, { rps: r + w, reads: r, writes: w, loop: false });
    const t = work.get(edge.target)!;
    t.reads += r;
    t.writes += w;
  };
  /** Splits reads and writes equally among the live out-edges. */
  const splitEqually = (live: readonly DesignEdge[], reads: number, writes: number) => {
    for (const e of live) send(e, reads / live.length, writes / live.length);
  };

  for (const id of order) {
    const w = work.get(id)!;
    const { facet, props } = w;
    const reads = w.reads;
    const writes = w.writes;
    const rps = reads + writes;
    const live = w.out.filter((e) => !loops.has(e.id));
    for (const e of w.out) if (loops.has(e.id)) edges.set(e.id, { rps: 0, reads: 0, writes: 0, loop: true });
    const role = facet?.role;
    const mode = role === 'cache' ? facet?.cacheMode?.(props) : undefined;
    const hit = () => clampPercent(facet?.hitRatio?.(props) ?? 0);
    let forwarded = 0;
    let calls = 0;

    if (live.length > 0 && (role === 'firewall' || role === 'load-balancer')) {
      splitEqually(live, reads, writes);
      forwarded = rps;
    } else if (live.length > 0 && (role === 'api' || (role === 'cache' && mode === 'read-through'))) {
      // Hits answered here; misses and every write go on, split equally.
      const h = hit();
      splitEqually(live, reads * (1 - h), writes);
      forwarded = reads * (1 - h) + writes;
      if (mode === 'read-through') {
        for (const e of live) savings.push({ cache: id, store: e.target, mode, reads: (reads * h) / live.length, hitRatio: h });
      }
    } else if (live.length > 0 && role === 'edge-cache') {
      // Each origin edge: its share of the requests, less what the edge caches answer.
      const specs = live.map((e) => trafficEdgeProps(w.node.kind, work.get(e.target)!.node.kind));
      const shares = live.map((e, i) => edgeNumber(e, specs[i]!, 'trafficShare'));
      const total = shares.reduce((a, b) => a + b, 0);
      live.forEach((e, i) => {
        const share = total > 0 ? shares[i]! / total : 1 / live.length;
        const miss = 1 - clampPercent(edgeNumber(e, specs[i]!, 'hitRatio'));
        send(e, reads * share * miss, writes * share);
        forwarded += edges.get(e.id)!.rps;
      });
    } else if (live.length > 0 && role === 'compute') {
      // Answers the request; makes callsPerRequest calls per request on every edge.
      const targets = live.map((e) => work.get(e.target)!);
      const specs = targets.map((t) => trafficEdgeProps(w.node.kind, t.node.kind));
      const perRequest = live.map((e, i) => edgeNumber(e, specs[i]!, 'callsPerRequest'));
      // Cache-aside caches the caller actually calls, and their mean hit ratio.
      const aside = live.filter((_, i) => {
        const t = targets[i]!;
        return perRequest[i]! > 0 && t.facet?.role === 'cache' && t.facet.cacheMode?.(t.props) === 'cache-aside';
      });
      const asideHit = aside.length
        ? aside.reduce((sum, e) => {
            const t = work.get(e.target)!;
            return sum + clampPercent(t.facet?.hitRatio?.(t.props) ?? 0);
          }, 0) / aside.length
        : 0;
      live.forEach((e, i) => {
        const callsHere = rps * perRequest[i]!;
        const writesHere = callsHere * clampPercent(edgeNumber(e, specs[i]!, 'writeShare'));
        let readsHere = callsHere - writesHere;
        if (aside.length && targets[i]!.facet?.cacheAdvice?.modes.includes('cache-aside')) {
          // Cache-aside: the caller reads the cache first; only the misses reach the store.
          const saved = readsHere * asideHit;
          readsHere -= saved;
          for (const c of aside) savings.push({ cache: c.target, store: e.target, mode: 'cache-aside', reads: saved / aside.length, hitRatio: asideHit });
        }
        send(e, readsHere, writesHere);
        calls += edges.get(e.id)!.rps;
      });
    } else {
      // Stores, session stores, cache-aside caches, nodes without a facet, and forwarders with
      // nowhere to forward: everything is answered here; their out-edges carry nothing.
      for (const e of live) edges.set(e.id, { rps: 0, reads: 0, writes: 0, loop: false });
    }

    const absorbed = role === 'compute' ? rps : nonNegative(rps - forwarded);
    const hint = capacityOf(facet, props);
    const utilization = hint?.hint.utilization({ rps, reads, writes, absorbed });
    // Assigned field by field in the order of NodeTraffic (conditional spreads cost a temporary object each, per node).
    const t: Mutable<NodeTraffic> = {
      rps,
      absorbed,
      forwarded: role === 'compute' ? 0 : forwarded,
      calls,
      reads,
      writes,
      entryShare: entryShares.get(id) ?? 0,
    } as Mutable<NodeTraffic>;
    if (role) t.role = role;
    if (mode) t.cacheMode = mode;
    if (hint) {
      t.capacity = hint.info;
      t.utilization = utilization;
    }
    // A hair over 1 is float noise at exactly full capacity.
    t.overloaded = utilization !== undefined && utilization > 1 + 1e-9;
    nodes.set(id, t);
  }

  return { entryRps, nodes, edges, order, entries, savings };
}

/** Capacity hints per props object: a slider move changes one node's props, the others keep theirs. */
const hintCache = new WeakMap<object, { facet: TrafficFacet; hint: CapacityHint | undefined; info: CapacityInfo | undefined }>();
function capacityOf(facet: TrafficFacet | undefined, props: Props): { hint: CapacityHint; info: CapacityInfo } | undefined {
  if (!facet?.capacity) return undefined;
  let cached = hintCache.get(props);
  if (!cached || cached.facet !== facet) {
    const hint = facet.capacity(props);
    const info = hint && { limit: hint.limit, unit: hint.unit, basis: hint.basis, ...(hint.source ? { source: hint.source } : {}) };
    cached = { facet, hint, info };
    hintCache.set(props, cached);
  }
  return cached.hint && cached.info ? { hint: cached.hint, info: cached.info } : undefined;
}

/** A node's props as the model reads them: every catalog and traffic default filled in. */
export function trafficProps(node: DesignNode): Props {
  return resolvedProps(node);
}

/** A node's capacity hint (its figure and how to measure a load against it), or undefined. */
export function capacityHint(node: DesignNode): CapacityHint | undefined {
  return capacityOf(trafficFacet(node.kind), resolvedProps(node))?.hint;
}
