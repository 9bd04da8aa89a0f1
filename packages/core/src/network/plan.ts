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
import type { Design } from '../model/types';

export type { SubnetTier };

/** Availability Zones the VPC spans. */
export const AZ_COUNT = 2;

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
  /** The tier of each node that lives in the VPC (a node absent here is outside the VPC). */
  readonly tiers: ReadonlyMap<string, SubnetTier>;
  /** The nodes in the VPC that need outbound internet access (what the NAT gateways are for). */
  readonly egress: ReadonlySet<string>;
}

/** Whether nodes of a kind may live in the VPC (all of them, or, for a `'conditional'` kind, some). */
export function inVpc(kind: Kind): boolean {
  return definitionOf(kind).network !== undefined;
}

/** Where a kind's nodes go in the VPC; the registry's network facets unless a test hands others in. */
export type NetworkFacetOf = (kind: Kind) => NetworkFacet | undefined;

const registryNetwork: NetworkFacetOf = (kind) => definitionOf(kind).network;

export function planNetwork(design: Design, networkOf: NetworkFacetOf = registryNetwork): NetworkPlan {
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
