/**
 * Orthogonal edge routes that can be followed: the canvas and the image export draw the same ones.
 *
 * - Each edge leaves the side of its source that faces its target and enters the facing side of
 *   the target (bottom → top when the target is below, as requests flow; right → left beside it).
 * - Edges sharing a side get their own port, spread along that side in the order of their other
 *   ends, so a fan-out (an Auto Scaling group calling four data stores) has no shared trunk and no
 *   crossing: the farther a target, the nearer the source its edge turns.
 * - A route that would cross a node goes around it: a shortest path with few bends over the lines
 *   along the nodes' sides (a sparse orthogonal visibility grid).
 * - Each label is anchored on the last segment, next to the arrow head, so on a fan-out it sits by
 *   the target it names.
 * - The detour searches are bounded (`DETOUR_MAX_NODES`, `DETOUR_MAX_GRID`, `DETOUR_BUDGET`), so
 *   routing a design of any size takes bounded time: past a bound an edge keeps its simple route.
 *
 * Pure and deterministic (ties are broken by document order; the bounds count work, not time); no
 * DOM, no measuring.
 */
import { inflate, intersects, type Point, type Rect } from './geometry';

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface RouteNode {
  readonly id: string;
  readonly rect: Rect;
}

export interface RouteEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Size of the edge's label as drawn (to keep room for it near the arrow head). */
  readonly label?: { readonly width: number; readonly height: number };
}

export interface EdgeRoute {
  /** Corner points from the source port to the target port (at least two). */
  readonly points: readonly Point[];
  /** Centre of the label. */
  readonly label: Point;
  readonly sourceSide: Side;
  readonly targetSide: Side;
}

/** Clearance kept between a route and the nodes it passes. */
const CLEARANCE = 10;
/** Straight part of a route leaving or entering a node, before its first bend. */
const STUB = 16;
/** Length of the arrow head at the target. */
const ARROW = 10;
/** Space between ports on one side. */
const PORT_SPACING = 28;
/** Cost of a bend, in pixels of length. */
const BEND = 60;
const DEFAULT_LABEL = { width: 80, height: 20 } as const;

/*
 * Bounds on the detour searches. The canvas routes every edge on opening a design and on every
 * frame of a drag, so routing must stay fast whatever the design. A detour search is a shortest
 * path over a grid of the lines along the nodes near the edge, and each step tests those nodes:
 * its cost grows with the square of the nodes the edge passes, times their number. On a large
 * design whose rows settling has pulled apart (a 1,000-component design is ~20,000 × 27,000 px
 * with its subnet rows), hundreds of edges span thousands of nodes: routing them all took minutes
 * and the page ran out of memory. Past these bounds an edge keeps its simple route (orthogonal,
 * its own port, its label by the arrow head), which may cross a node.
 */
/**
 * Above this many nodes no edge searches a detour: such a design opens zoomed far out (the canvas
 * also stops drawing off-screen elements past 300 nodes) and a drag re-routes every edge at every
 * frame, so simple routes keep it smooth.
 */
export const DETOUR_MAX_NODES = 300;
/** Largest visibility grid (columns × rows) one search may use: bounds its memory (4 states a point). */
export const DETOUR_MAX_GRID = 40_000;
/**
 * Node tests all the searches of one `routeEdges` call may make together (one per nearby node for
 * each step from a grid point), some tens of milliseconds. The examples need none (no simple
 * route of theirs crosses a node); when it runs out, the remaining edges keep their simple routes.
 */
export const DETOUR_BUDGET = 1_000_000;

/** What routing did, for tests and the bench: how many searches, and how much work they took. */
export interface RouteWork {
  /** Routes whose simple form crossed a node. */
  readonly blocked: number;
  /** Searches run (at most two windows per blocked route). */
  readonly searches: number;
  /** Blocked routes that found a detour. */
  readonly detoured: number;
  /** Blocked routes left simple by a bound (design size, grid size or budget) rather than by finding no way. */
  readonly bounded: number;
  /** Node tests the searches made (never more than `DETOUR_BUDGET`). */
  readonly tests: number;
  /** Largest grid a search used (columns × rows). */
  readonly largestGrid: number;
}

interface Budget {
  tests: number;
  searches: number;
  largestGrid: number;
  /** Set once a search hit a bound. */
  bounded: boolean;
}

const NORMAL: Readonly<Record<Side, Point>> = { top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };
const OPPOSITE: Readonly<Record<Side, Side>> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const vertical = (s: Side) => s === 'top' || s === 'bottom';

/** The side of `s` an edge to `t` leaves from. */
export function sourceSide(s: Rect, t: Rect): Side {
  const down = t.y - bottom(s);
  const up = s.y - bottom(t);
  const toRight = t.x - right(s);
  const toLeft = s.x - right(t);
  const v = Math.max(down, up);
  const h = Math.max(toRight, toLeft);
  // Requests flow top to bottom: prefer a vertical route unless the target is clearly beside.
  if (v >= 2 * STUB && v >= h / 2) return down >= up ? 'bottom' : 'top';
  if (h >= 2 * STUB) return toRight >= toLeft ? 'right' : 'left';
  if (v > 0) return down >= up ? 'bottom' : 'top';
  return t.y >= s.y ? 'bottom' : 'top';
}

/** A bucket grid over node rectangles, for "which nodes are near this segment". */
class RectIndex {
  private readonly cells = new Map<string, number[]>();
  private static readonly CELL = 400;
  constructor(readonly rects: readonly Rect[]) {
    rects.forEach((r, i) => {
      for (const key of this.keys(r)) {
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      }
    });
  }
  private *keys(r: Rect): Iterable<string> {
    const c = RectIndex.CELL;
    for (let x = Math.floor(r.x / c); x <= Math.floor(right(r) / c); x++)
      for (let y = Math.floor(r.y / c); y <= Math.floor(bottom(r) / c); y++) yield `${x},${y}`;
  }
  /** Indexes of the rectangles meeting `area`, ascending. */
  query(area: Rect): number[] {
    const found = new Set<number>();
    for (const key of this.keys(area)) for (const i of this.cells.get(key) ?? []) if (intersects(this.rects[i]!, area)) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

function segmentRect(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** Whether the axis-parallel segment a–b passes through the interior of `r`. */
function crosses(a: Point, b: Point, r: Rect): boolean {
  if (a.y === b.y) return a.y > r.y && a.y < bottom(r) && Math.max(a.x, b.x) > r.x && Math.min(a.x, b.x) < right(r);
  return a.x > r.x && a.x < right(r) && Math.max(a.y, b.y) > r.y && Math.min(a.y, b.y) < bottom(r);
}

function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

interface Planned {
  readonly edge: RouteEdge;
  readonly s: Rect;
  readonly t: Rect;
  readonly from: Side;
  readonly to: Side;
  readonly sIndex: number;
  readonly tIndex: number;
  readonly order: number;
}

/** Routes for every edge whose two ends are known nodes (others are left out). */
export function routeEdges(nodes: readonly RouteNode[], edges: readonly RouteEdge[]): Map<string, EdgeRoute> {
  return routeEdgesWithWork(nodes, edges).routes;
}

/**
 * The routes while `moving` nodes are dragged in a design too large for detour searches (more
 * than `DETOUR_MAX_NODES` nodes, where every route is direct): only the edges whose two ends are
 * a moving node or a neighbour of one are routed again, since a direct route depends only on its
 * ends and on the other edges at those ends. Every other edge keeps its route from `previous`
 * (the routes before the drag). At or under the bound, the whole design is routed.
 */
export function routeEdgesMoving(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
  moving: ReadonlySet<string>,
  previous: ReadonlyMap<string, EdgeRoute>,
): Map<string, EdgeRoute> {
  if (nodes.length <= DETOUR_MAX_NODES) return routeEdges(nodes, edges);
  const touched = new Set(moving);
  for (const e of edges) {
    if (moving.has(e.source)) touched.add(e.target);
    if (moving.has(e.target)) touched.add(e.source);
  }
  // Every edge at a touched node, so that the ports and turning levels there are the full ones.
  const around = edges.filter((e) => touched.has(e.source) || touched.has(e.target));
  const ends = new Set(around.flatMap((e) => [e.source, e.target]));
  const routed = routeEdgesWithWork(
    nodes.filter((n) => ends.has(n.id)),
    around,
    false,
  ).routes;
  const out = new Map(previous);
  for (const e of around) {
    const r = routed.get(e.id);
    if (r && touched.has(e.source) && touched.has(e.target)) out.set(e.id, r);
  }
  return out;
}

/** `routeEdges`, with what the detour searches cost (`RouteWork`); `search` false: direct routes only. */
export function routeEdgesWithWork(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
  search = nodes.length <= DETOUR_MAX_NODES,
): { routes: Map<string, EdgeRoute>; work: RouteWork } {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));
  const rects = nodes.map((n) => n.rect);
  const obstacles = new RectIndex(rects.map((r) => inflate(r, CLEARANCE)));

  const planned: Planned[] = [];
  edges.forEach((edge, order) => {
    const sIndex = index.get(edge.source);
    const tIndex = index.get(edge.target);
    if (sIndex === undefined || tIndex === undefined || sIndex === tIndex) return;
    const s = rects[sIndex]!;
    const t = rects[tIndex]!;
    const from = sourceSide(s, t);
    planned.push({ edge, s, t, from, to: OPPOSITE[from], sIndex, tIndex, order });
  });

  // Ports: the edges on one side of one node, spread along it in the order of their other ends.
  const sides = new Map<string, { p: Planned; end: 'source' | 'target' }[]>();
  for (const p of planned) {
    for (const [key, end] of [
      [`${p.sIndex}:${p.from}`, 'source'],
      [`${p.tIndex}:${p.to}`, 'target'],
    ] as const) {
      const list = sides.get(key);
      if (list) list.push({ p, end });
      else sides.set(key, [{ p, end }]);
    }
  }
  const ports = new Map<string, Point>();
  for (const [key, list] of sides) {
    const side = key.slice(key.indexOf(':') + 1) as Side;
    const other = (x: { p: Planned; end: 'source' | 'target' }) => centre(x.end === 'source' ? x.p.t : x.p.s);
    const along = vertical(side) ? (q: Point) => q.x : (q: Point) => q.y;
    const sorted = [...list].sort((a, b) => along(other(a)) - along(other(b)) || a.p.order - b.p.order || (a.end === 'source' ? -1 : 1));
    const r = sorted[0]!.end === 'source' ? sorted[0]!.p.s : sorted[0]!.p.t;
    const length = vertical(side) ? r.width : r.height;
    const spacing = Math.min(PORT_SPACING, length / (sorted.length + 1));
    const first = (vertical(side) ? r.x : r.y) + length / 2 - (spacing * (sorted.length - 1)) / 2;
    sorted.forEach((x, i) => {
      const v = first + spacing * i;
      const point = side === 'top' ? { x: v, y: r.y } : side === 'bottom' ? { x: v, y: bottom(r) } : side === 'left' ? { x: r.x, y: v } : { x: right(r), y: v };
      ports.set(`${x.p.edge.id}:${x.end}`, point);
    });
  }

  // Turning levels of a fan-out: per source side and direction, the farthest target turns first.
  const levels = new Map<string, { level: number; count: number }>();
  const groups = new Map<string, { p: Planned; delta: number }[]>();
  for (const p of planned) {
    const a = ports.get(`${p.edge.id}:source`)!;
    const b = ports.get(`${p.edge.id}:target`)!;
    const delta = vertical(p.from) ? b.x - a.x : b.y - a.y;
    const key = `${p.sIndex}:${p.from}:${Math.sign(delta)}`;
    const list = groups.get(key);
    if (list) list.push({ p, delta });
    else groups.set(key, [{ p, delta }]);
  }
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.p.order - b.p.order);
    sorted.forEach((x, level) => levels.set(x.p.edge.id, { level, count: sorted.length }));
  }

  const routes = new Map<string, EdgeRoute>();
  const budget: Budget = { tests: 0, searches: 0, largestGrid: 0, bounded: false };
  let blockedCount = 0;
  let detoured = 0;
  let bounded = 0;
  for (const p of planned) {
    const a = ports.get(`${p.edge.id}:source`)!;
    const b = ports.get(`${p.edge.id}:target`)!;
    const label = p.edge.label ?? DEFAULT_LABEL;
    const room = ARROW + (vertical(p.to) ? label.height : label.width) + 8;
    const blocked = (pts: readonly Point[]) => pts.some((q, i) => i > 0 && hits(pts[i - 1]!, q, obstacles, p));
    let points = simpleRoute(p, a, b, room, levels.get(p.edge.id)!);
    if (blocked(points)) {
      blockedCount++;
      budget.bounded = false;
      const found = search ? searchRoute(p, a, b, obstacles, budget) : null;
      if (found) {
        points = found;
        detoured++;
      } else if (!search || budget.bounded) bounded++;
    }
    routes.set(p.edge.id, { points, label: labelAnchor(points, p.to, label, room), sourceSide: p.from, targetSide: p.to });
  }
  const work: RouteWork = { blocked: blockedCount, searches: budget.searches, detoured, bounded, tests: budget.tests, largestGrid: budget.largestGrid };
  return { routes, work };
}

/** Whether segment a–b crosses a node other than the edge's own ends (which it leaves and enters). */
function hits(a: Point, b: Point, obstacles: RectIndex, p: Planned): boolean {
  for (const i of obstacles.query(inflate(segmentRect(a, b), 1))) {
    if (i === p.sIndex || i === p.tIndex) {
      // Its own ends only through their real box (not the clearance), so a stub is fine.
      const own = i === p.sIndex ? p.s : p.t;
      if (crosses(a, b, own)) return true;
      continue;
    }
    if (crosses(a, b, obstacles.rects[i]!)) return true;
  }
  return false;
}

/** Out of the source, one turn level across, into the target. */
function simpleRoute(p: Planned, a: Point, b: Point, room: number, rank: { level: number; count: number }): Point[] {
  const n = NORMAL[p.from];
  if (vertical(p.from)) {
    if (Math.abs(a.x - b.x) < 0.5) return [a, { x: a.x, y: b.y }];
    const lo = a.y + n.y * STUB;
    const hi = b.y - n.y * room;
    const y = (hi - lo) * n.y > 0 ? lo + ((hi - lo) * (rank.level + 1)) / (rank.count + 1) : (a.y + b.y) / 2;
    return simplify([a, { x: a.x, y }, { x: b.x, y }, b]);
  }
  if (Math.abs(a.y - b.y) < 0.5) return [a, { x: b.x, y: a.y }];
  const lo = a.x + n.x * STUB;
  const hi = b.x - n.x * room;
  const x = (hi - lo) * n.x > 0 ? lo + ((hi - lo) * (rank.level + 1)) / (rank.count + 1) : (a.x + b.x) / 2;
  return simplify([a, { x, y: a.y }, { x, y: b.y }, b]);
}

/**
 * Shortest route with few bends from port a (leaving side `from`) to port b (entering side `to`)
 * over the lines along the nearby nodes' sides, the ports and the middles between them.
 */
function searchRoute(p: Planned, a: Point, b: Point, obstacles: RectIndex, budget: Budget): Point[] | null {
  const nOut = NORMAL[p.from];
  const nIn = NORMAL[p.to];
  const start = { x: a.x + nOut.x * STUB, y: a.y + nOut.y * STUB };
  const end = { x: b.x + nIn.x * STUB, y: b.y + nIn.y * STUB };
  const span = Math.max(p.s.width, p.s.height, p.t.width, p.t.height) * 2;
  const box = segmentRect(start, end);
  const windows = [inflate(box, span), inflate(box, span * 4)];
  for (const w of windows) {
    const found = gridPath(start, end, nOut, nIn, w, obstacles, p, budget);
    if (found) return simplify([a, start, ...found, end, b]);
  }
  return null;
}

/** The search over one area; null when there is no way or a bound is hit (`budget.bounded` then set). */
function gridPath(start: Point, end: Point, dirOut: Point, dirIn: Point, area: Rect, obstacles: RectIndex, p: Planned, budget: Budget): Point[] | null {
  const near = obstacles.query(area).map((i) => (i === p.sIndex ? inflate(p.s, CLEARANCE) : i === p.tIndex ? inflate(p.t, CLEARANCE) : obstacles.rects[i]!));
  const xsSet = new Set<number>([start.x, end.x, area.x, right(area)]);
  const ysSet = new Set<number>([start.y, end.y, area.y, bottom(area)]);
  for (const r of near) {
    xsSet.add(r.x);
    xsSet.add(right(r));
    ysSet.add(r.y);
    ysSet.add(bottom(r));
  }
  const withMiddles = (set: Set<number>) => {
    const sorted = [...set].filter((v) => Number.isFinite(v)).sort((u, v) => u - v);
    const out: number[] = [];
    sorted.forEach((v, i) => {
      out.push(v);
      const next = sorted[i + 1];
      if (next !== undefined && next - v > 2 * CLEARANCE) out.push((v + next) / 2);
    });
    return out;
  };
  const xs = withMiddles(xsSet);
  const ys = withMiddles(ysSet);
  // Each step from a point tests its (up to) four moves against every nearby node.
  const stepCost = 4 * near.length;
  if (xs.length * ys.length > DETOUR_MAX_GRID || budget.tests + stepCost > DETOUR_BUDGET) {
    budget.bounded = true;
    return null;
  }
  budget.searches++;
  budget.largestGrid = Math.max(budget.largestGrid, xs.length * ys.length);
  const inside = (q: Point) => near.some((r) => q.x > r.x && q.x < right(r) && q.y > r.y && q.y < bottom(r));
  const blocked = (u: Point, v: Point) => near.some((r) => crosses(u, v, r));
  const xi = new Map(xs.map((v, i) => [v, i]));
  const yi = new Map(ys.map((v, i) => [v, i]));
  const si = xi.get(start.x)!;
  const sj = yi.get(start.y)!;
  const ei = xi.get(end.x)!;
  const ej = yi.get(end.y)!;
  // Directions: 0 right, 1 down, 2 left, 3 up.
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  const dirOf = (d: Point) => (d.x > 0 ? 0 : d.y > 0 ? 1 : d.x < 0 ? 2 : 3);
  const startDir = dirOf(dirOut);
  const endDir = dirOf({ x: -dirIn.x, y: -dirIn.y });
  const W = xs.length;
  const H = ys.length;
  const key = (i: number, j: number, d: number) => (j * W + i) * 4 + d;
  const dist = new Map<number, number>();
  const prev = new Map<number, number>();
  // A binary heap of [cost, seq, state]; seq breaks ties in insertion order (deterministic).
  const heap: [number, number, number][] = [];
  let seq = 0;
  const push = (cost: number, state: number) => {
    heap.push([cost, seq++, state]);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (less(heap[i]!, heap[parent]!)) {
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      } else break;
    }
  };
  const less = (u: [number, number, number], v: [number, number, number]) => u[0] < v[0] || (u[0] === v[0] && u[1] < v[1]);
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  const s0 = key(si, sj, startDir);
  dist.set(s0, 0);
  push(0, s0);
  let goal = -1;
  while (heap.length) {
    const [cost, , state] = pop();
    if (cost > (dist.get(state) ?? Infinity)) continue;
    if (budget.tests + stepCost > DETOUR_BUDGET) {
      budget.bounded = true;
      return null;
    }
    budget.tests += stepCost;
    const d = state % 4;
    const cell = (state - d) / 4;
    const i = cell % W;
    const j = (cell - i) / W;
    if (i === ei && j === ej) {
      goal = state;
      break;
    }
    for (let nd = 0; nd < 4; nd++) {
      if (nd === (d + 2) % 4) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      const u = { x: xs[i]!, y: ys[j]! };
      const v = { x: xs[ni]!, y: ys[nj]! };
      if (inside(v) || blocked(u, v)) continue;
      let c = cost + Math.abs(v.x - u.x) + Math.abs(v.y - u.y) + (nd === d ? 0 : BEND);
      if (ni === ei && nj === ej && nd !== endDir) c += BEND;
      const ns = key(ni, nj, nd);
      if (c < (dist.get(ns) ?? Infinity)) {
        dist.set(ns, c);
        prev.set(ns, state);
        push(c, ns);
      }
    }
  }
  if (goal < 0) return null;
  const path: Point[] = [];
  for (let s: number | undefined = goal; s !== undefined; s = prev.get(s)) {
    const cell = (s - (s % 4)) / 4;
    const i = cell % W;
    const j = (cell - i) / W;
    path.push({ x: xs[i]!, y: ys[j]! });
  }
  return path.reverse();
}

/** Next to the arrow head when the last segment has room for the label, else the middle of the longest segment. */
function labelAnchor(points: readonly Point[], to: Side, label: { width: number; height: number }, room: number): Point {
  const n = points.length;
  const end = points[n - 1]!;
  const before = points[n - 2]!;
  const last = Math.abs(end.x - before.x) + Math.abs(end.y - before.y);
  if (last >= room) {
    const back = ARROW + 4 + (vertical(to) ? label.height : label.width) / 2;
    const d = NORMAL[to];
    return { x: end.x + d.x * back, y: end.y + d.y * back };
  }
  let best = 0;
  let bestLength = -1;
  for (let i = 1; i < n; i++) {
    const length = Math.abs(points[i]!.x - points[i - 1]!.x) + Math.abs(points[i]!.y - points[i - 1]!.y);
    if (length > bestLength) [best, bestLength] = [i, length];
  }
  const u = points[best - 1]!;
  const v = points[best]!;
  return { x: (u.x + v.x) / 2, y: (u.y + v.y) / 2 };
}

/** An SVG path through `points` with rounded corners (the canvas and the SVG export draw this). */
export function routePath(points: readonly Point[], radius = 8): string {
  const f = (v: number) => String(Math.round(v * 10) / 10);
  if (points.length < 2) return '';
  let d = `M${f(points[0]!.x)} ${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const lenIn = Math.abs(c.x - p.x) + Math.abs(c.y - p.y);
    const lenOut = Math.abs(n.x - c.x) + Math.abs(n.y - c.y);
    const r = Math.min(radius, lenIn / 2, lenOut / 2);
    const ix = c.x - Math.sign(c.x - p.x) * r;
    const iy = c.y - Math.sign(c.y - p.y) * r;
    const ox = c.x + Math.sign(n.x - c.x) * r;
    const oy = c.y + Math.sign(n.y - c.y) * r;
    d += ` L${f(ix)} ${f(iy)} Q${f(c.x)} ${f(c.y)} ${f(ox)} ${f(oy)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L${f(last.x)} ${f(last.y)}`;
}
