/**
 * The network plan: one answer, for both exports (and the canvas), to "which VPC does this
 * design need?". Each in-VPC kind says which subnet tier its nodes go in and whether they need
 * outbound internet access (its `network` facet); the plan derives the tiers, NAT and the
 * internet gateway from that. Two Availability Zones, one subnet per tier and AZ.
 */
import { definitionOf, type Kind } from '../catalog/index';
import type { SubnetTier } from '../catalog/kind';
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
  /** The tier of each node that lives in the VPC. */
  readonly tiers: ReadonlyMap<string, SubnetTier>;
}

/** The tiers the plan creates, in their fixed order. */
export function tiersOf(plan: NetworkPlan): SubnetTier[] {
  return SUBNET_TIERS.filter((t) => plan[t]);
}

export function inVpc(kind: Kind): boolean {
  return definitionOf(kind).network !== undefined;
}

export function planNetwork(design: Design): NetworkPlan {
  const index = indexDesign(design);
  const requested = new Map<string, SubnetTier>();
  let egress = false;
  let gateway = false;
  for (const node of design.nodes) {
    const facet = definitionOf(node.kind).network;
    // A node made from an imported template lives in the template's own network, written back as it was.
    if (!facet || node.imported) continue;
    requested.set(node.id, facet.tier(node, index));
    if (facet.egress) egress = true;
    if (facet.gateway?.(node, index)) gateway = true;
  }
  const needed = requested.size > 0;
  // The app tier exists when something in it needs egress; otherwise private nodes go to the isolated tier.
  const tiers = new Map<string, SubnetTier>();
  for (const [id, tier] of requested) tiers.set(id, tier === 'app' && !egress ? 'data' : tier);
  const used = new Set(tiers.values());
  return {
    needed,
    public: needed && (used.has('public') || egress || gateway),
    app: needed && egress,
    data: needed && used.has('data'),
    nat: needed && egress,
    natGateways: { dev: 1, stage: AZ_COUNT, prod: AZ_COUNT },
    flowLogs: { dev: false, stage: true, prod: true },
    tiers,
  };
}
