/**
 * Sizes the canvas draws at, and rectangle helpers. The app's node box and every derived box
 * (VPC frame, subnet rows) use these numbers, so the picture the canvas shows, the image export
 * and the layout agree without measuring the DOM.
 */

/** Size every node is drawn at (the app's `.service-node` box uses the same numbers). */
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 80;
/** The canvas grid (snap to grid, nudges); settled positions stay on it. */
export const GRID = 20;

/** Space between the VPC frame and the nodes inside it (subnet boxes hidden); the title sits in the top padding. */
export const VPC_PADDING = 32;
export const VPC_TITLE = 28;

/** With the subnet boxes shown: space between the VPC frame and its subnet rows. */
export const VPC_INNER_PADDING = 16;
/** Left gutter of a subnet row, where its Availability Zone lanes are named ("AZ a", "AZ b"). */
export const TIER_GUTTER = 48;
/** Right padding of a subnet row. */
export const TIER_PAD = 20;
/** Band at the top of a subnet row holding its title ("Public subnets"). */
export const TIER_TITLE = 28;
/**
 * Space above and below the nodes of a row, inside its lanes: an edge arriving from the row above
 * has its label here, next to the arrow head.
 */
export const LANE_PAD = 30;
/** Space between two subnet rows. */
export const TIER_SPACING = 12;
/** Smallest distance from the bottom of a row's nodes to the top of the next row's nodes. */
export const ROW_GAP = 2 * LANE_PAD + TIER_TITLE + TIER_SPACING;
/** Smallest distance between a component outside the VPC and the VPC frame. */
export const OUTSIDE_MARGIN = 20;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function nodeRect(p: Point): Rect {
  return { x: p.x, y: p.y, width: NODE_WIDTH, height: NODE_HEIGHT };
}

/** Whether two rectangles share interior points (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** The smallest rectangle holding all of `rects`, or null for none. */
export function union(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** `v` rounded down (or up) to the grid. */
export function gridFloor(v: number): number {
  return Math.floor(v / GRID) * GRID;
}
export function gridCeil(v: number): number {
  return Math.ceil(v / GRID) * GRID;
}
