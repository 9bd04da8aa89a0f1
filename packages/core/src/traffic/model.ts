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

/** A node of the design, with what the model accumulates on it (one object per id: no look-ups by id after the first pass). */
interface Work {
  readonly id: string;
  readonly node: DesignNode;
  readonly facet: TrafficFacet | undefined;
  readonly props: Props;
  /** Out-edges whose target exists, sorted by edge id. */
  readonly out: Link[];
  incoming: number;
  reads: number;
  writes: number;
  entryShare: number;
  /** Depth-first state: 0 = not seen, 1 = on the path, 2 = done. */
  state: 0 | 1 | 2;
}

/** An edge whose two ends exist, with its target. */
interface Link {
  readonly edge: DesignEdge;
  readonly to: Work;
  /** Closes a loop: carries nothing. */
  loop: boolean;
}

const linkById = (a: Link, b: Link) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0);

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
    const facet = facetOf(node.kind);
    work.set(node.id, { id: node.id, node, facet, props: resolvedProps(node), out: [], incoming: 0, reads: 0, writes: 0, entryShare: 0, state: 0 });
  }
  const links: Link[] = [];
  const linkAt = new Map<string, number>();
  const sources: Work[] = [];
  for (const edge of design.edges) {
    const from = work.get(edge.source);
    if (!from) continue;
    const to = work.get(edge.target);
    if (!to) continue;
    const at = linkAt.get(edge.id);
    if (at === undefined) {
      linkAt.set(edge.id, links.length);
      links.push({ edge, to, loop: false });
      sources.push(from);
    } else if (contentKey(edge) < contentKey(links[at]!.edge)) {
      links[at] = { edge, to, loop: false };
      sources[at] = from;
    }
  }
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    sources[i]!.out.push(link);
    link.to.incoming++;
  }

  // Entry points, by id: nothing targets them and they face users (a firewall: it protects something that does).
  const facesUsers = (w: Work) => w.facet?.facesUsers?.(w.props) === true;
  const entryIds: string[] = [];
  for (const w of work.values()) {
    if (w.out.length > 1) w.out.sort(linkById);
    if (w.incoming > 0 || !facesUsers(w)) continue;
    if (w.facet?.role === 'firewall' && !w.out.some((l) => facesUsers(l.to))) continue;
    entryIds.push(w.id);
  }
  entryIds.sort();
  const entries = entryIds.map((id) => work.get(id)!);

  // Depth-first from the entries, then from every other node (ids in order): edges back to a node
  // on the current path close a loop and carry nothing; reverse post-order is the request path.
  // Only the nodes the entries do not reach need sorting for the second pass.
  let loops = false;
  const post: Work[] = [];
  const stackWork: Work[] = [];
  const stackNext: number[] = [];
  const visit = (start: Work) => {
    if (start.state !== 0) return;
    start.state = 1;
    stackWork.push(start);
    stackNext.push(0);
    while (stackWork.length) {
      const top = stackWork.length - 1;
      const w = stackWork[top]!;
      const next = stackNext[top]!;
      if (next < w.out.length) {
        stackNext[top] = next + 1;
        const link = w.out[next]!;
        const s = link.to.state;
        if (s === 1) {
          link.loop = true;
          loops = true;
        } else if (s === 0) {
          link.to.state = 1;
          stackWork.push(link.to);
          stackNext.push(0);
        }
      } else {
        w.state = 2;
        post.push(w);
        stackWork.pop();
        stackNext.pop();
      }
    }
  };
  for (const w of entries) visit(w);
  if (post.length < work.size) {
    const rest: string[] = [];
    for (const w of work.values()) if (w.state === 0) rest.push(w.id);
    rest.sort();
    for (const id of rest) visit(work.get(id)!);
  }
  post.reverse();
  const order = post.map((w) => w.id);

  // Entry shares: relative weights (`entryShare`), all zero = equal.
  const weights = entries.map((w) => {
    const spec = trafficNodeProps(w.node.kind)['entryShare'];
    const v = w.props['entryShare'];
    return spec?.type === 'integer' && typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : 100;
  });
  let totalWeight = 0;
  for (const weight of weights) totalWeight += weight;
  entries.forEach((w, i) => {
    const share = totalWeight > 0 ? weights[i]! / totalWeight : 1 / entries.length;
    w.entryShare = share;
    w.reads += entryRps * share;
  });

  const edges = new Map<string, EdgeTraffic>();
  const nodes = new Map<string, NodeTraffic>();
  const savings: CacheSaving[] = [];
  /** Sends reads and writes along a link; returns the edge's rate. */
  const send = (link: Link, reads: number, writes: number): number => {
    const r = nonNegative(reads);
    const w = nonNegative(writes);
    const rps = r + w;
    edges.set(link.edge.id, { rps, reads: r, writes: w, loop: false });
    link.to.reads += r;
    link.to.writes += w;
    return rps;
  };

  for (const w of post) {
    const { id, facet, props } = w;
    const reads = w.reads;
    const writes = w.writes;
    const rps = reads + writes;
    let live = w.out;
    if (loops && w.out.some((l) => l.loop)) {
      live = w.out.filter((l) => !l.loop);
      for (const l of w.out) if (l.loop) edges.set(l.edge.id, { rps: 0, reads: 0, writes: 0, loop: true });
    }
    const n = live.length;
    const role = facet?.role;
    const mode = role === 'cache' ? facet?.cacheMode?.(props) : undefined;
    let forwarded = 0;
    let calls = 0;

    if (n > 0 && (role === 'firewall' || role === 'load-balancer')) {
      // Split equally among the live out-edges.
      for (const l of live) send(l, reads / n, writes / n);
      forwarded = rps;
    } else if (n > 0 && (role === 'api' || (role === 'cache' && mode === 'read-through'))) {
      // Hits answered here; misses and every write go on, split equally.
      const h = clampPercent(facet?.hitRatio?.(props) ?? 0);
      const missReads = reads * (1 - h);
      for (const l of live) send(l, missReads / n, writes / n);
      forwarded = reads * (1 - h) + writes;
      if (mode === 'read-through') {
        for (const l of live) savings.push({ cache: id, store: l.edge.target, mode, reads: (reads * h) / n, hitRatio: h });
      }
    } else if (n > 0 && role === 'edge-cache') {
      // Each origin edge: its share of the requests, less what the edge caches answer.
      const kind = w.node.kind;
      const specs: PropSpecs[] = [];
      const shares: number[] = [];
      let total = 0;
      for (const l of live) {
        const spec = trafficEdgeProps(kind, l.to.node.kind);
        const share = edgeNumber(l.edge, spec, 'trafficShare');
        specs.push(spec);
        shares.push(share);
        total += share;
      }
      for (let i = 0; i < n; i++) {
        const l = live[i]!;
        const share = total > 0 ? shares[i]! / total : 1 / n;
        const miss = 1 - clampPercent(edgeNumber(l.edge, specs[i]!, 'hitRatio'));
        forwarded += send(l, reads * share * miss, writes * share);
      }
    } else if (n > 0 && role === 'compute') {
      // Answers the request; makes callsPerRequest calls per request on every edge.
      const kind = w.node.kind;
      const specs: PropSpecs[] = [];
      const perRequest: number[] = [];
      // Cache-aside caches the caller actually calls, and their mean hit ratio.
      const aside: Link[] = [];
      let asideSum = 0;
      for (const l of live) {
        const spec = trafficEdgeProps(kind, l.to.node.kind);
        const perCall = edgeNumber(l.edge, spec, 'callsPerRequest');
        specs.push(spec);
        perRequest.push(perCall);
        const t = l.to;
        if (perCall > 0 && t.facet?.role === 'cache' && t.facet.cacheMode?.(t.props) === 'cache-aside') aside.push(l);
      }
      for (const l of aside) asideSum += clampPercent(l.to.facet?.hitRatio?.(l.to.props) ?? 0);
      const asideHit = aside.length ? asideSum / aside.length : 0;
      for (let i = 0; i < n; i++) {
        const l = live[i]!;
        const callsHere = rps * perRequest[i]!;
        const writesHere = callsHere * clampPercent(edgeNumber(l.edge, specs[i]!, 'writeShare'));
        let readsHere = callsHere - writesHere;
        if (aside.length && l.to.facet?.cacheAdvice?.modes.includes('cache-aside')) {
          // Cache-aside: the caller reads the cache first; only the misses reach the store.
          const saved = readsHere * asideHit;
          readsHere -= saved;
          for (const c of aside)
            savings.push({ cache: c.edge.target, store: l.edge.target, mode: 'cache-aside', reads: saved / aside.length, hitRatio: asideHit });
        }
        calls += send(l, readsHere, writesHere);
      }
    } else {
      // Stores, session stores, cache-aside caches, nodes without a facet, and forwarders with
      // nowhere to forward: everything is answered here; their out-edges carry nothing.
      for (const l of live) edges.set(l.edge.id, { rps: 0, reads: 0, writes: 0, loop: false });
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
      entryShare: w.entryShare,
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

  return { entryRps, nodes, edges, order, entries: entryIds, savings };
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
