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
import { indexDesign } from '../model/graph';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import { trafficFacet } from './facets';
import { DEFAULT_ENTRY_RPS } from './defaults';
import { trafficEdgeProps, trafficNodeProps } from './props';
import type { CacheMode, CapacityHint, TrafficFacet, TrafficRole } from './types';

export { DEFAULT_ENTRY_RPS };

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

/**
 * What the flow pass computes, on arrays indexed by node number (one number per id, in the order
 * ids first appear) and by link number (an edge whose two ends exist; the links leaving node `i`
 * are `outStart[i]` to `outStart[i + 1]`, sorted by edge id): no object per node or edge.
 */
export interface TrafficFlow {
  readonly entryRps: number;
  /** The node kept for each number (a repeated id keeps one element, chosen by content). */
  readonly nodes: readonly DesignNode[];
  readonly facets: readonly (TrafficFacet | undefined)[];
  readonly props: readonly Props[];
  /** 1 where another node of the design has the same id. */
  readonly dup: Uint8Array;
  readonly reads: Float64Array;
  readonly writes: Float64Array;
  readonly entryShare: Float64Array;
  readonly forwarded: Float64Array;
  readonly calls: Float64Array;
  readonly roles: readonly (TrafficRole | undefined)[];
  readonly modes: readonly (CacheMode | undefined)[];
  /** Node numbers in request-path order (`TrafficResult.order`). */
  readonly order: Int32Array;
  readonly outStart: Int32Array;
  /** Per link: its edge, its target's number, whether it closes a loop (then it carries nothing), and what it carries. */
  readonly edges: readonly DesignEdge[];
  readonly to: Int32Array;
  readonly loop: Uint8Array;
  readonly rps: Float64Array;
  readonly linkReads: Float64Array;
  readonly linkWrites: Float64Array;
  readonly entries: readonly string[];
  readonly savings: readonly CacheSaving[];
  /** Some edge closes a loop. */
  readonly loops: boolean;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts the links `from` to `to` (exclusive) by edge id, moving their targets along. */
function sortLinks(edges: DesignEdge[], targets: Int32Array, from: number, to: number): void {
  if (to - from <= 16) {
    // Insertion sort: a node has a handful of out-edges.
    for (let i = from + 1; i < to; i++) {
      const e = edges[i]!;
      const t = targets[i]!;
      let j = i - 1;
      while (j >= from && edges[j]!.id > e.id) {
        edges[j + 1] = edges[j]!;
        targets[j + 1] = targets[j]!;
        j--;
      }
      edges[j + 1] = e;
      targets[j + 1] = t;
    }
    return;
  }
  const pairs: { e: DesignEdge; t: number }[] = [];
  for (let i = from; i < to; i++) pairs.push({ e: edges[i]!, t: targets[i]! });
  pairs.sort((a, b) => byId(a.e.id, b.e.id));
  for (let i = from; i < to; i++) {
    edges[i] = pairs[i - from]!.e;
    targets[i] = pairs[i - from]!.t;
  }
}

/**
 * Requests per second on every node and edge for `entryRps` entering the design. Throws a
 * RangeError only when `entryRps` is not a finite number ≥ 0.
 */
export function computeTraffic(design: Design, options: TrafficOptions = {}): TrafficResult {
  const flow = trafficFlow(design, options);
  const edges = new Map<string, EdgeTraffic>();
  const nodes = new Map<string, NodeTraffic>();
  const order: string[] = [];
  // In the order the flow pass reaches them: per node, the loops' edges first, then the others.
  for (const i of flow.order) {
    const from = flow.outStart[i]!;
    const to = flow.outStart[i + 1]!;
    if (flow.loops) for (let k = from; k < to; k++) if (flow.loop[k]) edges.set(flow.edges[k]!.id, { rps: 0, reads: 0, writes: 0, loop: true });
    for (let k = from; k < to; k++) {
      if (!flow.loop[k]) edges.set(flow.edges[k]!.id, { rps: flow.rps[k]!, reads: flow.linkReads[k]!, writes: flow.linkWrites[k]!, loop: false });
    }
    const id = flow.nodes[i]!.id;
    nodes.set(id, nodeTraffic(flow, i));
    order.push(id);
  }
  return { entryRps: flow.entryRps, nodes, edges, order, entries: flow.entries, savings: flow.savings };
}

/** The capacity hint of node number `i` (with its figures as plain data), or undefined. */
export function flowCapacity(flow: TrafficFlow, i: number): { readonly hint: CapacityHint; readonly info: CapacityInfo } | undefined {
  return capacityOf(flow.facets[i], flow.props[i]!);
}

/** Whether node number `i` is over its capacity (what `nodeTraffic(flow, i).overloaded` says, without making the object). */
export function flowOverloaded(flow: TrafficFlow, i: number, hint: CapacityHint): boolean {
  const reads = flow.reads[i]!;
  const writes = flow.writes[i]!;
  const rps = reads + writes;
  const absorbed = flow.roles[i] === 'compute' ? rps : nonNegative(rps - flow.forwarded[i]!);
  return hint.utilization({ rps, reads, writes, absorbed }) > 1 + 1e-9;
}

/** The figures of node number `i` once the flow pass has run (its capacity hint, utilization and overload flag computed here). */
export function nodeTraffic(flow: TrafficFlow, i: number): NodeTraffic {
  const facet = flow.facets[i];
  const props = flow.props[i]!;
  const role = flow.roles[i];
  const mode = flow.modes[i];
  const reads = flow.reads[i]!;
  const writes = flow.writes[i]!;
  const rps = reads + writes;
  const forwarded = flow.forwarded[i]!;
  const absorbed = role === 'compute' ? rps : nonNegative(rps - forwarded);
  const hint = capacityOf(facet, props);
  const utilization = hint?.hint.utilization({ rps, reads, writes, absorbed });
  // Assigned field by field in the order of NodeTraffic (conditional spreads cost a temporary object each, per node).
  const t: Mutable<NodeTraffic> = {
    rps,
    absorbed,
    forwarded: role === 'compute' ? 0 : forwarded,
    calls: flow.calls[i]!,
    reads,
    writes,
    entryShare: flow.entryShare[i]!,
  } as Mutable<NodeTraffic>;
  if (role) t.role = role;
  if (mode) t.cacheMode = mode;
  if (hint) {
    t.capacity = hint.info;
    t.utilization = utilization;
  }
  // A hair over 1 is float noise at exactly full capacity.
  t.overloaded = utilization !== undefined && utilization > 1 + 1e-9;
  return t;
}

const defaultFlows = new WeakMap<Design, TrafficFlow>();

/** `trafficFlow(design)` with the default options, once per design object (the rules read it; nothing may change it). */
export function defaultTrafficFlow(design: Design): TrafficFlow {
  let flow = defaultFlows.get(design);
  if (!flow) defaultFlows.set(design, (flow = trafficFlow(design)));
  return flow;
}

/** The flow pass of `computeTraffic`: what every node receives and sends. */
export function trafficFlow(design: Design, options: TrafficOptions = {}): TrafficFlow {
  const entryRps = options.entryRps ?? DEFAULT_ENTRY_RPS;
  if (typeof entryRps !== 'number' || !Number.isFinite(entryRps) || entryRps < 0) {
    throw new RangeError(`entryRps must be a finite number of requests per second ≥ 0, got ${String(entryRps)}`);
  }

  const facetOf = options.facets ?? trafficFacet;
  // Node numbers by id. A repeated id (an error of its own, SC1007) keeps one element chosen by
  // content, so that the order of the document never matters.
  const numberOf = new Map<string, number>();
  const nodes: DesignNode[] = [];
  let dups: number[] | undefined;
  for (const node of design.nodes) {
    const seen = numberOf.get(node.id);
    if (seen === undefined) {
      numberOf.set(node.id, nodes.length);
      nodes.push(node);
      continue;
    }
    (dups ??= []).push(seen);
    if (contentKey(nodes[seen]!) > contentKey(node)) nodes[seen] = node;
  }
  const n = nodes.length;
  const dup = new Uint8Array(n);
  if (dups) for (const i of dups) dup[i] = 1;
  const facets: (TrafficFacet | undefined)[] = [];
  const props: Props[] = [];
  for (const node of nodes) {
    facets.push(facetOf(node.kind));
    props.push(resolvedProps(node));
  }

  // Links: edges whose two ends exist (one per edge id, chosen by content), grouped by source.
  const m = design.edges.length;
  const srcOf = new Int32Array(m).fill(-1);
  const dstOf = new Int32Array(m);
  // With no repeated edge id (the usual case) every edge whose two ends exist is a link; otherwise
  // one edge per id, the least by content.
  const chosen = indexDesign(design).edges.size === m ? undefined : new Map<string, number>();
  for (let k = 0; k < m; k++) {
    const edge = design.edges[k]!;
    const from = numberOf.get(edge.source);
    if (from === undefined) continue;
    const to = numberOf.get(edge.target);
    if (to === undefined) continue;
    if (chosen) {
      const at = chosen.get(edge.id);
      if (at === undefined) chosen.set(edge.id, k);
      else if (contentKey(edge) < contentKey(design.edges[at]!)) {
        srcOf[at] = -1;
        chosen.set(edge.id, k);
      } else continue;
    }
    srcOf[k] = from;
    dstOf[k] = to;
  }
  const outStart = new Int32Array(n + 1);
  const incoming = new Int32Array(n);
  let linkCount = 0;
  for (let k = 0; k < m; k++) {
    const from = srcOf[k]!;
    if (from < 0) continue;
    outStart[from + 1]!++;
    incoming[dstOf[k]!]!++;
    linkCount++;
  }
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const cursor = outStart.slice(0, n);
  const edges: DesignEdge[] = new Array<DesignEdge>(linkCount);
  const to = new Int32Array(linkCount);
  for (let k = 0; k < m; k++) {
    const from = srcOf[k]!;
    if (from < 0) continue;
    const at = cursor[from]!++;
    edges[at] = design.edges[k]!;
    to[at] = dstOf[k]!;
  }
  for (let i = 0; i < n; i++) if (outStart[i + 1]! - outStart[i]! > 1) sortLinks(edges, to, outStart[i]!, outStart[i + 1]!);

  // Entry points, by id: nothing targets them and they face users (a firewall: it protects something that does).
  const facesUsers = (i: number) => facets[i]?.facesUsers?.(props[i]!) === true;
  const entryIds: string[] = [];
  for (let i = 0; i < n; i++) {
    if (incoming[i]! > 0 || !facesUsers(i)) continue;
    if (facets[i]?.role === 'firewall') {
      let protects = false;
      for (let k = outStart[i]!; k < outStart[i + 1]! && !protects; k++) protects = facesUsers(to[k]!);
      if (!protects) continue;
    }
    entryIds.push(nodes[i]!.id);
  }
  entryIds.sort();
  const entries = entryIds.map((id) => numberOf.get(id)!);

  // Depth-first from the entries, then from every other node (ids in order): edges back to a node
  // on the current path close a loop and carry nothing; reverse post-order is the request path.
  // Only the nodes the entries do not reach need sorting for the second pass.
  let loops = false;
  const loop = new Uint8Array(linkCount);
  /** 0 = not seen, 1 = on the path, 2 = done. */
  const state = new Uint8Array(n);
  const post = new Int32Array(n);
  let posted = 0;
  const stackNode = new Int32Array(n);
  const stackNext = new Int32Array(n);
  const visit = (start: number) => {
    if (state[start] !== 0) return;
    state[start] = 1;
    let top = 0;
    stackNode[0] = start;
    stackNext[0] = outStart[start]!;
    while (top >= 0) {
      const w = stackNode[top]!;
      const next = stackNext[top]!;
      if (next < outStart[w + 1]!) {
        stackNext[top] = next + 1;
        const t = to[next]!;
        const s = state[t];
        if (s === 1) {
          loop[next] = 1;
          loops = true;
        } else if (s === 0) {
          state[t] = 1;
          top++;
          stackNode[top] = t;
          stackNext[top] = outStart[t]!;
        }
      } else {
        state[w] = 2;
        post[posted++] = w;
        top--;
      }
    }
  };
  for (const i of entries) visit(i);
  if (posted < n) {
    const rest: string[] = [];
    for (let i = 0; i < n; i++) if (state[i] === 0) rest.push(nodes[i]!.id);
    rest.sort();
    for (const id of rest) visit(numberOf.get(id)!);
  }
  post.reverse();

  const reads = new Float64Array(n);
  const writes = new Float64Array(n);
  const entryShare = new Float64Array(n);
  // Entry shares: relative weights (`entryShare`), all zero = equal.
  const weights = entries.map((i) => {
    const spec = trafficNodeProps(nodes[i]!.kind)['entryShare'];
    const v = props[i]!['entryShare'];
    return spec?.type === 'integer' && typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : 100;
  });
  let totalWeight = 0;
  for (const weight of weights) totalWeight += weight;
  entries.forEach((i, e) => {
    const share = totalWeight > 0 ? weights[e]! / totalWeight : 1 / entries.length;
    entryShare[i] = share;
    reads[i]! += entryRps * share;
  });

  const rps = new Float64Array(linkCount);
  const linkReads = new Float64Array(linkCount);
  const linkWrites = new Float64Array(linkCount);
  /** Per link: one number read from its edge props (edge caches: `trafficShare`; compute: `callsPerRequest`), and those props' specs. */
  const amount = new Float64Array(linkCount);
  const specsOf: PropSpecs[] = new Array<PropSpecs>(linkCount);
  /** Sends reads and writes along a link; returns the edge's rate. */
  const send = (k: number, r0: number, w0: number): number => {
    const r = nonNegative(r0);
    const w = nonNegative(w0);
    const rate = r + w;
    rps[k] = rate;
    linkReads[k] = r;
    linkWrites[k] = w;
    reads[to[k]!]! += r;
    writes[to[k]!]! += w;
    return rate;
  };
  const forwardedOf = new Float64Array(n);
  const callsOf = new Float64Array(n);
  const roles: (TrafficRole | undefined)[] = new Array<TrafficRole | undefined>(n);
  const modes: (CacheMode | undefined)[] = new Array<CacheMode | undefined>(n);
  const savings: CacheSaving[] = [];
  const aside: number[] = [];

  for (const i of post) {
    const facet = facets[i];
    const p = props[i]!;
    const id = nodes[i]!.id;
    const r = reads[i]!;
    const w = writes[i]!;
    const total = r + w;
    const first = outStart[i]!;
    const end = outStart[i + 1]!;
    let live = end - first;
    if (loops) for (let k = first; k < end; k++) live -= loop[k]!;
    const role = facet?.role;
    const mode = role === 'cache' ? facet?.cacheMode?.(p) : undefined;
    roles[i] = role;
    modes[i] = mode;
    let forwarded = 0;
    let calls = 0;

    if (live > 0 && (role === 'firewall' || role === 'load-balancer')) {
      // Split equally among the live out-edges.
      for (let k = first; k < end; k++) if (!loop[k]) send(k, r / live, w / live);
      forwarded = total;
    } else if (live > 0 && (role === 'api' || (role === 'cache' && mode === 'read-through'))) {
      // Hits answered here; misses and every write go on, split equally.
      const h = clampPercent(facet?.hitRatio?.(p) ?? 0);
      const missReads = r * (1 - h);
      for (let k = first; k < end; k++) if (!loop[k]) send(k, missReads / live, w / live);
      forwarded = r * (1 - h) + w;
      if (mode === 'read-through') {
        for (let k = first; k < end; k++) if (!loop[k]) savings.push({ cache: id, store: edges[k]!.target, mode, reads: (r * h) / live, hitRatio: h });
      }
    } else if (live > 0 && role === 'edge-cache') {
      // Each origin edge: its share of the requests, less what the edge caches answer.
      const kind = nodes[i]!.kind;
      let shares = 0;
      for (let k = first; k < end; k++) {
        if (loop[k]) continue;
        specsOf[k] = trafficEdgeProps(kind, nodes[to[k]!]!.kind);
        amount[k] = edgeNumber(edges[k]!, specsOf[k]!, 'trafficShare');
        shares += amount[k]!;
      }
      for (let k = first; k < end; k++) {
        if (loop[k]) continue;
        const share = shares > 0 ? amount[k]! / shares : 1 / live;
        const miss = 1 - clampPercent(edgeNumber(edges[k]!, specsOf[k]!, 'hitRatio'));
        forwarded += send(k, r * share * miss, w * share);
      }
    } else if (live > 0 && role === 'compute') {
      // Answers the request; makes callsPerRequest calls per request on every edge.
      const kind = nodes[i]!.kind;
      // Cache-aside caches the caller actually calls, and their mean hit ratio.
      aside.length = 0;
      let asideSum = 0;
      for (let k = first; k < end; k++) {
        if (loop[k]) continue;
        specsOf[k] = trafficEdgeProps(kind, nodes[to[k]!]!.kind);
        amount[k] = edgeNumber(edges[k]!, specsOf[k]!, 'callsPerRequest');
        const t = to[k]!;
        const f = facets[t];
        if (amount[k]! > 0 && f?.role === 'cache' && f.cacheMode?.(props[t]!) === 'cache-aside') aside.push(k);
      }
      for (const c of aside) asideSum += clampPercent(facets[to[c]!]?.hitRatio?.(props[to[c]!]!) ?? 0);
      const asideHit = aside.length ? asideSum / aside.length : 0;
      for (let k = first; k < end; k++) {
        if (loop[k]) continue;
        const callsHere = total * amount[k]!;
        const writesHere = callsHere * clampPercent(edgeNumber(edges[k]!, specsOf[k]!, 'writeShare'));
        let readsHere = callsHere - writesHere;
        if (aside.length && facets[to[k]!]?.cacheAdvice?.modes.includes('cache-aside')) {
          // Cache-aside: the caller reads the cache first; only the misses reach the store.
          const saved = readsHere * asideHit;
          readsHere -= saved;
          for (const c of aside)
            savings.push({ cache: edges[c]!.target, store: edges[k]!.target, mode: 'cache-aside', reads: saved / aside.length, hitRatio: asideHit });
        }
        calls += send(k, readsHere, writesHere);
      }
    }
    // Otherwise (stores, session stores, cache-aside caches, nodes without a facet, and forwarders
    // with nowhere to forward) everything is answered here; their out-edges carry nothing.
    forwardedOf[i] = forwarded;
    callsOf[i] = calls;
  }

  return {
    entryRps,
    nodes,
    facets,
    props,
    dup,
    reads,
    writes,
    entryShare,
    forwarded: forwardedOf,
    calls: callsOf,
    roles,
    modes,
    order: post,
    outStart,
    edges,
    to,
    loop,
    rps,
    linkReads,
    linkWrites,
    entries: entryIds,
    savings,
    loops,
  };
}

/** Capacity hints per props object: a slider move changes one node's props, the others keep theirs. */
interface CachedCapacity {
  readonly facet: TrafficFacet;
  /** Both, or undefined when the facet gives no hint. */
  readonly found: { readonly hint: CapacityHint; readonly info: CapacityInfo } | undefined;
}
const hintCache = new WeakMap<object, CachedCapacity>();
function capacityOf(facet: TrafficFacet | undefined, props: Props): { readonly hint: CapacityHint; readonly info: CapacityInfo } | undefined {
  if (!facet?.capacity) return undefined;
  let cached = hintCache.get(props);
  if (!cached || cached.facet !== facet) {
    const hint = facet.capacity(props);
    const info = hint && { limit: hint.limit, unit: hint.unit, basis: hint.basis, ...(hint.source ? { source: hint.source } : {}) };
    cached = { facet, found: hint && info ? { hint, info } : undefined };
    hintCache.set(props, cached);
  }
  return cached.found;
}

/** A node's props as the model reads them: every catalog and traffic default filled in. */
export function trafficProps(node: DesignNode): Props {
  return resolvedProps(node);
}

/** A node's capacity hint (its figure and how to measure a load against it), or undefined. */
export function capacityHint(node: DesignNode): CapacityHint | undefined {
  return capacityOf(trafficFacet(node.kind), resolvedProps(node))?.hint;
}
