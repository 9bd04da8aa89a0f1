/**
 * What the traffic what-if model needs from a component kind, as roles and numbers. Each kind
 * declares its `TrafficFacet` in `catalog/<kind>/traffic.ts`; the model (`traffic/model.ts`)
 * never looks at a kind's name, only at its facet. See `docs/traffic-model.md`.
 */
import type { I18n, PropSpecs, Props } from '../catalog/types';

/**
 * How a component treats the requests it receives:
 * - `edge-cache`: a CDN (CloudFront). Each outgoing origin edge carries `trafficShare` and
 *   `hitRatio`; the origin receives share × (1 − hit), the rest is answered at the edge.
 * - `firewall`: inspects and passes everything on to what it protects (WAF). Drawn in front of
 *   an entry point, it becomes the entry point.
 * - `load-balancer`: forwards everything, split equally among its targets (ALB).
 * - `api`: an API front door with a stage cache (API Gateway): answers `hitRatio` of the reads,
 *   forwards the rest and every write, split equally among its integrations.
 * - `compute`: answers every request it receives and makes its own calls to what it is connected
 *   to (`callsPerRequest` per edge, `writeShare` of them writes) (Auto Scaling group, Lambda).
 * - `cache`: see `CacheMode`.
 * - `data-store`: answers everything it receives (DynamoDB, RDS, S3).
 */
export type TrafficRole = 'edge-cache' | 'firewall' | 'load-balancer' | 'api' | 'compute' | 'cache' | 'data-store';

export const TRAFFIC_ROLES: readonly TrafficRole[] = ['edge-cache', 'firewall', 'load-balancer', 'api', 'compute', 'cache', 'data-store'];

/**
 * How a cache sits in the request path:
 * - `read-through`: callers send it every read and write; it answers `hitRatio` of the reads and
 *   passes misses and all writes on to the data store behind it (DAX → DynamoDB).
 * - `cache-aside`: the caller reads the cache first and the database itself on a miss (lazy
 *   loading); the cache answers all of its own calls, and the caller's reads of each database it
 *   calls are multiplied by the miss ratio (ElastiCache with purpose "cache").
 * - `store`: keeps data that lives nowhere else (a web session store): answers all its calls.
 */
export type CacheMode = 'read-through' | 'cache-aside' | 'store';

/** The load on a node, as the capacity hint sees it (requests per second). */
export interface NodeLoad {
  /** Everything arriving: reads + writes. */
  readonly rps: number;
  readonly reads: number;
  readonly writes: number;
  /** Answered here (for a cache: the hits, plus all of a store's calls). */
  readonly absorbed: number;
}

/**
 * How much a component can take, from its props. `utilization` is load ÷ capacity (1 = exactly at
 * capacity; above 1 = overloaded). Figures come from published AWS pages where they exist
 * (`source`); otherwise `source` is absent and `basis` says how the estimate was made.
 */
export interface CapacityHint {
  /** The headline figure in `unit`, e.g. 250000 (requests/s). */
  readonly limit: number;
  /** e.g. "requests/s", "queries/s", "normalized requests/s". */
  readonly unit: I18n;
  /** What the figure is, e.g. "CloudFront quota: requests per second per distribution". */
  readonly basis: I18n;
  /** The AWS page the figure comes from; absent for an estimate. */
  readonly source?: string;
  utilization(load: NodeLoad): number;
}

/** How a cache could take reads off a data store, for advice (validation rule SC5008). */
export interface CacheAdvice {
  /** Cache modes that can front this store (`read-through`: a cache drawn between caller and store). */
  readonly modes: readonly CacheMode[];
  /** The kind to add when the design has no such cache, e.g. `elasticache` for RDS, `dax` for DynamoDB. */
  readonly addKind: string;
  /** What to add, e.g. "an ElastiCache query cache called by the caller (cache-aside)". */
  readonly addWhat: I18n;
}

/** What the traffic model needs from one kind. Functions take the node's props (defaults filled). */
export interface TrafficFacet {
  readonly role: TrafficRole;
  /** For `cache`: how the cache is used, from the props (ElastiCache: purpose). */
  readonly cacheMode?: (props: Props) => CacheMode;
  /**
   * Whether a node nothing targets is an entry point facing users, from its props (an ALB only
   * when internet-facing). A `firewall` is an entry point only when it protects something that
   * faces users.
   */
  readonly facesUsers?: (props: Props) => boolean;
  /** Percent (0–100) of reads answered here: API stage cache, read-through and cache-aside caches. */
  readonly hitRatio?: (props: Props) => number;
  /** How much the component can take, or undefined when no meaningful figure exists. */
  readonly capacity?: (props: Props) => CapacityHint | undefined;
  /** Traffic props the node carries (e.g. `hitRatio`, `entryShare`), as catalog prop specs. */
  readonly nodeProps?: PropSpecs;
  /** Traffic props that edges out of this kind carry, given the role of the target kind. */
  readonly outEdgeProps?: (targetRole: TrafficRole) => PropSpecs;
  /**
   * Defaults this kind gives the traffic props of edges into it, e.g. S3 as an origin: 80 %
   * `trafficShare` and 95 % `hitRatio`; DAX as a callee: 5 % `writeShare`.
   */
  readonly inEdgeDefaults?: Readonly<Record<string, number>>;
  /** For data stores: how a cache can relieve it. */
  readonly cacheAdvice?: CacheAdvice;
}
