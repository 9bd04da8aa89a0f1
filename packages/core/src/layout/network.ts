/**
 * The VPC frame and its subnet boxes, computed from node positions and the network plan the
 * exports use (`planNetwork`): one row per subnet tier (public, app, data; top to bottom, the way
 * requests go), each split into one lane per Availability Zone. Every component of a tier gets a
 * subnet in each AZ (an ALB, an Auto Scaling group, a cache's or a database's subnet group span
 * both), so a component is drawn across its row's lanes, centred on the line between them.
 * Pure: positions in, rectangles out; `settlePositions` keeps the rows apart.
 */
import type { Design, DesignNode, Position } from '../model/types';
import { AZ_COUNT, planNetwork, type SubnetTier } from '../network/plan';
import { LANE_PAD, TIER_GUTTER, TIER_PAD, TIER_TITLE, VPC_INNER_PADDING, VPC_PADDING, VPC_TITLE, nodeRect, union, type Rect } from './geometry';

/** Subnet rows, top to bottom. */
export const TIER_ORDER: readonly SubnetTier[] = ['public', 'app', 'data'];

export interface SubnetLane {
  /** Index of the Availability Zone (0 = the first, "AZ a"). */
  readonly az: number;
  readonly rect: Rect;
}

export interface SubnetRow {
  readonly tier: SubnetTier;
  /** The whole row, title band included. */
  readonly rect: Rect;
  /** One lane per Availability Zone, below the title band, stacked top to bottom. */
  readonly lanes: readonly SubnetLane[];
  /** The nodes placed in this row, in document order. */
  readonly nodes: readonly string[];
}

export interface NetworkBoxes {
  readonly vpc: Rect;
  /** Empty when the subnet boxes are hidden, or when no node has a subnet tier. */
  readonly rows: readonly SubnetRow[];
}

export interface NetworkBoxOptions {
  /** Draw the subnet rows (and size the VPC around them). */
  readonly subnets: boolean;
  /** Positions that override the document's (e.g. while a node is being dragged). */
  readonly positions?: ReadonlyMap<string, Position>;
  /** The plan's tier per node id, when the caller already has it (`planNetwork(design).tiers`). */
  readonly tiers?: ReadonlyMap<string, SubnetTier>;
}

/** The subnet tier of each node that has one, per the network plan (the exports' answer). */
export function nodeTiers(design: Design): ReadonlyMap<string, SubnetTier> {
  return planNetwork(design).tiers;
}

/**
 * The VPC frame (and, when `subnets`, its rows and lanes) around the nodes that live in the VPC
 * (those the network plan gives a tier: `nodesInVpc`); null when none does. A node made from an
 * imported template lives in that template's own network and is outside the frame.
 */
export function networkBoxes(design: Design, options: NetworkBoxOptions): NetworkBoxes | null {
  const at = (n: DesignNode) => options.positions?.get(n.id) ?? n.position;
  const tiers = options.tiers ?? nodeTiers(design);
  const inside = design.nodes.filter((n) => tiers.has(n.id));
  if (!inside.length) return null;
  if (!options.subnets) {
    const box = union(inside.map((n) => nodeRect(at(n))))!;
    return {
      vpc: { x: box.x - VPC_PADDING, y: box.y - VPC_PADDING - VPC_TITLE, width: box.width + 2 * VPC_PADDING, height: box.height + 2 * VPC_PADDING + VPC_TITLE },
      rows: [],
    };
  }
  const byTier = new Map<SubnetTier, DesignNode[]>();
  const untiered: DesignNode[] = [];
  for (const n of inside) {
    const tier = tiers.get(n.id);
    if (!tier) untiered.push(n);
    else if (byTier.has(tier)) byTier.get(tier)!.push(n);
    else byTier.set(tier, [n]);
  }
  const tiered = inside.filter((n) => tiers.has(n.id));
  const rows: SubnetRow[] = [];
  if (tiered.length) {
    const all = union(tiered.map((n) => nodeRect(at(n))))!;
    const left = all.x - TIER_GUTTER;
    const width = all.width + TIER_GUTTER + TIER_PAD;
    for (const tier of TIER_ORDER) {
      const nodes = byTier.get(tier);
      if (!nodes?.length) continue;
      const band = union(nodes.map((n) => nodeRect(at(n))))!;
      const laneTop = band.y - LANE_PAD;
      const laneHeight = (band.height + 2 * LANE_PAD) / AZ_COUNT;
      const lanes = Array.from({ length: AZ_COUNT }, (_, az) => ({ az, rect: { x: left, y: laneTop + az * laneHeight, width, height: laneHeight } }));
      rows.push({
        tier,
        rect: { x: left, y: laneTop - TIER_TITLE, width, height: band.height + 2 * LANE_PAD + TIER_TITLE },
        lanes,
        nodes: nodes.map((n) => n.id),
      });
    }
  }
  const content = union([...rows.map((r) => r.rect), ...untiered.map((n) => nodeRect(at(n)))])!;
  return {
    vpc: {
      x: content.x - VPC_INNER_PADDING,
      y: content.y - VPC_INNER_PADDING - VPC_TITLE,
      width: content.width + 2 * VPC_INNER_PADDING,
      height: content.height + 2 * VPC_INNER_PADDING + VPC_TITLE,
    },
    rows,
  };
}
