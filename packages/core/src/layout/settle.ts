/**
 * Where nodes must go so that the picture tells the truth about the network:
 * - a component outside the VPC (CloudFront, S3, DynamoDB, WAF) is never drawn inside the VPC
 *   frame: one that the frame covers is moved just outside it, to the nearest side;
 * - with the subnet boxes shown, each in-VPC component sits in its subnet tier's row and the rows
 *   keep their order (public above app above data) without overlapping.
 * Components the user has just moved (`moved`: a drop, a paste, an addition) are the ones that give
 * way: a moved component stays in its own row (its vertical position is clamped into the room
 * between the rows above and below), and the frame pushes away what it would cover. For a document
 * from elsewhere (nothing moved) rows that overlap are pushed down, whole, in tier order.
 *
 * Pure and deterministic; settling a settled design changes nothing, and positions stay on the
 * grid when they were on it.
 */
import type { Design, DesignNode, Position } from '../model/types';
import type { SubnetTier } from '../network/plan';
import { NODE_HEIGHT, NODE_WIDTH, OUTSIDE_MARGIN, ROW_GAP, gridCeil, gridFloor, inflate, intersects, nodeRect } from './geometry';
import { TIER_ORDER, networkBoxes, nodeTiers } from './network';

export interface SettleOptions {
  /** Whether the subnet boxes are shown (rows are then kept apart and in order). */
  readonly subnets: boolean;
  /** Nodes the user has just placed; they give way to the others. */
  readonly moved?: ReadonlySet<string>;
  /** The plan's tiers, when the caller has them. */
  readonly tiers?: ReadonlyMap<string, SubnetTier>;
}

/** New positions for the nodes that must move (by id); empty when the design is settled. */
export function settlePositions(design: Design, options: SettleOptions): Record<string, Position> {
  const pos = new Map<string, Position>(design.nodes.map((n) => [n.id, n.position]));
  const moved = options.moved ?? new Set<string>();
  const tiers = options.tiers ?? nodeTiers(design);
  if (options.subnets) settleRows(design, tiers, moved, pos);
  settleOutside(design, options.subnets, tiers, pos);
  const out: Record<string, Position> = {};
  for (const n of design.nodes) {
    const p = pos.get(n.id)!;
    if (p.x !== n.position.x || p.y !== n.position.y) out[n.id] = p;
  }
  return out;
}

function settleRows(design: Design, tiers: ReadonlyMap<string, SubnetTier>, moved: ReadonlySet<string>, pos: Map<string, Position>): void {
  const rows = TIER_ORDER.map((tier) => design.nodes.filter((n) => tiers.get(n.id) === tier)).filter((r) => r.length > 0);
  if (rows.length < 2) return;
  const y = (n: DesignNode) => pos.get(n.id)!.y;
  const setY = (n: DesignNode, v: number) => pos.set(n.id, { x: pos.get(n.id)!.x, y: v });
  const top = (nodes: readonly DesignNode[]) => Math.min(...nodes.map(y));
  const bottom = (nodes: readonly DesignNode[]) => Math.max(...nodes.map(y)) + NODE_HEIGHT;

  // 1. The nodes that stay put: a row that starts above the end of the row before it moves down, whole.
  const fixed = rows.map((r) => r.filter((n) => !moved.has(n.id)));
  pushRowsDown(fixed, top, bottom, setY, y);

  // 2. A moved node stays in its row: below the fixed nodes of the rows above, above those of the rows below.
  for (let i = 0; i < rows.length; i++) {
    const above = fixed.slice(0, i).flat();
    const below = fixed.slice(i + 1).flat();
    const min = above.length ? bottom(above) + ROW_GAP : -Infinity;
    const max = below.length ? top(below) - ROW_GAP - NODE_HEIGHT : Infinity;
    for (const n of rows[i]!) {
      if (!moved.has(n.id)) continue;
      const v = y(n);
      if (v < min) setY(n, gridCeil(min));
      else if (v > max && max >= min) setY(n, gridFloor(max));
    }
  }

  // 3. What is still out of order (a row made taller than the room it had): rows pushed down, whole.
  pushRowsDown(rows, top, bottom, setY, y);
}

function pushRowsDown(
  rows: readonly (readonly DesignNode[])[],
  top: (nodes: readonly DesignNode[]) => number,
  bottom: (nodes: readonly DesignNode[]) => number,
  setY: (n: DesignNode, v: number) => void,
  y: (n: DesignNode) => number,
): void {
  let floor = -Infinity;
  for (const row of rows) {
    if (!row.length) continue;
    const need = floor - top(row);
    if (need > 0) {
      const shift = gridCeil(need);
      for (const n of row) setY(n, y(n) + shift);
    }
    floor = bottom(row) + ROW_GAP;
  }
}

function settleOutside(design: Design, subnets: boolean, tiers: ReadonlyMap<string, SubnetTier>, pos: Map<string, Position>): void {
  const boxes = networkBoxes(design, { subnets, positions: pos, tiers });
  if (!boxes) return;
  const keepOut = inflate(boxes.vpc, OUTSIDE_MARGIN);
  for (const n of design.nodes) {
    // In the VPC is what the network plan gives a tier (`nodesInVpc`).
    if (tiers.has(n.id)) continue;
    const p = pos.get(n.id)!;
    if (!intersects(nodeRect(p), keepOut)) continue;
    // The nearest way out; ties go up, then down, left, right (the canvas reads top to bottom).
    const options: Position[] = [
      { x: p.x, y: gridFloor(keepOut.y - NODE_HEIGHT) },
      { x: p.x, y: gridCeil(keepOut.y + keepOut.height) },
      { x: gridFloor(keepOut.x - NODE_WIDTH), y: p.y },
      { x: gridCeil(keepOut.x + keepOut.width), y: p.y },
    ];
    let best = options[0]!;
    let bestD = Infinity;
    for (const o of options) {
      const d = Math.abs(o.x - p.x) + Math.abs(o.y - p.y);
      if (d < bestD) [best, bestD] = [o, d];
    }
    pos.set(n.id, best);
  }
}
