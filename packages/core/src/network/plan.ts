/**
 * The network plan: one answer, for both exports (and the canvas), to "which VPC does this
 * design need?". Each in-VPC kind says which subnet tier its nodes go in (or, for a kind placed
 * by its connections, that a node stays outside) and whether they need outbound internet access
 * (its `network` facet); the plan derives the tiers, NAT and the internet gateway from that. Two
 * Availability Zones, one subnet per tier and AZ.
 */
import { definitionOf, type Kind } from '../catalog/index';
import type { NetworkFacet, SubnetTier } from '../catalog/kind';
import { indexDesign } from '../model/graph';
import type { Design, EnvironmentName } from '../model/types';

export type { SubnetTier };

/** Availability Zones the VPC spans. */
export const AZ_COUNT = 2;

// The environments both exports size for (one stack per environment): `ENVIRONMENT_NAMES` of model/types.
/** A value per environment (a size, a switch). */
export type PerEnvironment<T> = Readonly<Record<EnvironmentName, T>>;

/**
 * The subnet tiers in their fixed order: each takes one /24 per Availability Zone at a fixed
 * position of the VPC range (public 0–1, app 2–3, data 4–5), so adding a tier never moves another.
 */
export const SUBNET_TIERS: readonly SubnetTier[] = ['public', 'app', 'data'];

export interface NetworkPlan {
  /** Some node lives in the VPC. */
  readonly needed: boolean;
  /** Public subnets (internet-facing load balancers, NAT gateways) and an internet gateway. */
  readonly public: boolean;
  /** Private subnets with egress through NAT: application servers. */
  readonly app: boolean;
  /** Isolated subnets (no route to the internet): caches and databases. */
  readonly data: boolean;
  /** NAT gateways for the app tier (instances reach package mirrors and AWS APIs). */
  readonly nat: boolean;
  /**
   * How many NAT gateways (when `nat`): one per Availability Zone in stage and prod, so an AZ
   * failure stays local; one in dev, shared by both AZs (the S3 and DynamoDB gateway endpoints
   * carry most of the instances' AWS traffic anyway).
   */
  readonly natGateways: PerEnvironment<number>;
  /** VPC flow logs (to the access-log bucket): stage and prod; dev goes without to save cost. */
  readonly flowLogs: PerEnvironment<boolean>;
  /** The tier of each node that lives in the VPC (a node absent here is outside the VPC). */
  readonly tiers: ReadonlyMap<string, SubnetTier>;
  /** The nodes in the VPC that need outbound internet access (what the NAT gateways are for). */
  readonly egress: ReadonlySet<string>;
}

/** The tiers the plan creates, in their fixed order. */
export function tiersOf(plan: NetworkPlan): SubnetTier[] {
  return SUBNET_TIERS.filter((t) => plan[t]);
}

/** Whether nodes of a kind may live in the VPC (all of them, or, for a `'conditional'` kind, some). */
export function inVpc(kind: Kind): boolean {
  return definitionOf(kind).network !== undefined;
}

/** Where a kind's nodes go in the VPC; the registry's network facets unless a test hands others in. */
export type NetworkFacetOf = (kind: Kind) => NetworkFacet | undefined;

const registryNetwork: NetworkFacetOf = (kind) => definitionOf(kind).network;

const plans = new WeakMap<Design, NetworkPlan>();

/**
 * The network plan of a design. With the registry's facets it is remembered per design object (a
 * design is never changed in place): the canvas, its VPC frame, "Zoom to fit" and the exports
 * all ask for the same design's plan.
 */
export function planNetwork(design: Design, networkOf: NetworkFacetOf = registryNetwork): NetworkPlan {
  if (networkOf !== registryNetwork) return computePlan(design, networkOf);
  let plan = plans.get(design);
  if (!plan) plans.set(design, (plan = computePlan(design, networkOf)));
  return plan;
}

function computePlan(design: Design, networkOf: NetworkFacetOf): NetworkPlan {
  const index = indexDesign(design);
  const requested = new Map<string, SubnetTier>();
  const egress = new Set<string>();
  let gateway = false;
  for (const node of design.nodes) {
    const facet = networkOf(node.kind);
    // A node made from an imported template lives in the template's own network, written back as it was.
    if (!facet || node.imported) continue;
    const tier = facet.tier(node, index);
    // A kind placed by its connections: this node stays outside the VPC.
    if (tier === undefined) continue;
    requested.set(node.id, tier);
    if (typeof facet.egress === 'function' ? facet.egress(node, index) : facet.egress) egress.add(node.id);
    if (facet.gateway?.(node, index)) gateway = true;
  }
  const needed = requested.size > 0;
  const anyEgress = egress.size > 0;
  // The app tier exists when something in it needs egress; otherwise private nodes go to the isolated tier.
  const tiers = new Map<string, SubnetTier>();
  for (const [id, tier] of requested) tiers.set(id, tier === 'app' && !anyEgress ? 'data' : tier);
  const used = new Set(tiers.values());
  return {
    needed,
    public: needed && (used.has('public') || anyEgress || gateway),
    app: needed && anyEgress,
    data: needed && used.has('data'),
    nat: needed && anyEgress,
    natGateways: { dev: 1, stage: AZ_COUNT, prod: AZ_COUNT },
    flowLogs: { dev: false, stage: true, prod: true },
    tiers,
    egress,
  };
}

const placed = new WeakMap<Design, ReadonlySet<string>>();

/**
 * The ids of the nodes that live in the VPC in this design (the VPC frame, the layout): the
 * network plan's answer, remembered per design object (the canvas asks on every drag frame).
 */
export function nodesInVpc(design: Design): ReadonlySet<string> {
  let ids = placed.get(design);
  if (!ids) placed.set(design, (ids = new Set(planNetwork(design).tiers.keys())));
  return ids;
}
