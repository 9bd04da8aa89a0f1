/**
 * Auto-layout along the request path (caller above callee, top to bottom) with elkjs' layered
 * algorithm, and the boxes the canvas draws around nodes (VPC frame, subnet rows). Pure: design
 * in, positions out. Components that live inside the VPC are laid out as children of one compound
 * node, so the frame drawn afterwards never swallows an edge service such as S3 or CloudFront;
 * the result is then settled (`settlePositions`), so subnet rows keep their order.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../model/types';
import { nodesInVpc } from '../network/plan';
import {
  LANE_PAD,
  NODE_HEIGHT,
  NODE_WIDTH,
  ROW_GAP,
  TIER_GUTTER,
  TIER_PAD,
  TIER_TITLE,
  VPC_INNER_PADDING,
  VPC_TITLE,
  intersects,
  nodeRect,
  type Rect,
} from './geometry';
import { networkBoxes } from './network';
import { settlePositions } from './settle';

export * from './geometry';
export * from './network';
export * from './settle';
export * from './routes';
export { nodesInVpc };
export type { ElkNode };

type ElkInstance = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;
let elkPromise: Promise<ElkInstance> | undefined;

/** elkjs is large (~450 KB gzip): loaded on first use, so it never weighs on the app's first load. */
function loadElk(): Promise<ElkInstance> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elkPromise;
}

/** elkjs' layered layout of `graph` in this thread (what `autoLayout` runs unless a runner is set). */
export async function elkLayout(graph: ElkNode): Promise<ElkNode> {
  return (await loadElk()).layout(graph);
}

/**
 * Runs elkjs on a graph somewhere else (the app: in a Web Worker). It answers the laid-out graph,
 * or null to have `autoLayout` run elkjs in this thread after all (e.g. a small graph).
 */
export type ElkRunner = (graph: ElkNode, nodeCount: number) => Promise<ElkNode> | null;
let elkRunner: ElkRunner | undefined;

/** Where `autoLayout` runs elkjs from now on; `undefined` goes back to this thread. */
export function setElkRunner(runner: ElkRunner | undefined): void {
  elkRunner = runner;
}

/**
 * From this many nodes on, elkjs is told to work less: one crossing-minimization sweep instead of
 * seven, and straight edge routes (ours are routed by `routes.ts`; elk's are thrown away). On 300
 * imported resources with 1,066 connections this cuts elk's time about fourfold (13 s → 3.4 s,
 * measured under load), while the layers and their order stay elk's.
 */
export const QUICK_LAYOUT_NODES = 100;

const VPC_ID = '__vpc';

export interface AutoLayoutOptions {
  /**
   * Lay out for the subnet boxes (rows kept apart, in tier order).
   * @default true
   */
  readonly subnets?: boolean;
}

/**
 * New positions for every node of the design (by id), top to bottom along the edges.
 * Ties are broken by document order, so the same design always gives the same layout.
 */
export async function autoLayout(design: Design, options: AutoLayoutOptions = {}): Promise<Record<string, Position>> {
  if (design.nodes.length === 0) return {};
  const subnets = options.subnets ?? true;
  const inVpc = nodesInVpc(design);
  const box = (id: string): ElkNode => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT });
  const outside = design.nodes.filter((n) => !inVpc.has(n.id)).map((n) => box(n.id));
  const inside = design.nodes.filter((n) => inVpc.has(n.id)).map((n) => box(n.id));
  const edges: ElkExtendedEdge[] = design.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const quick: Record<string, string> = design.nodes.length >= QUICK_LAYOUT_NODES ? { 'elk.layered.thoroughness': '1', 'elk.edgeRouting': 'POLYLINE' } : {};
  const layered = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': String(ROW_GAP),
    ...quick,
  };
  // Room inside the VPC compound for the frame and, with subnets, the row titles, lanes and gutter.
  const pad = subnets
    ? {
        top: VPC_INNER_PADDING + VPC_TITLE + TIER_TITLE + LANE_PAD,
        left: VPC_INNER_PADDING + TIER_GUTTER,
        bottom: VPC_INNER_PADDING + LANE_PAD,
        right: VPC_INNER_PADDING + TIER_PAD,
      }
    : { top: 60, left: 32, bottom: 32, right: 32 };
  const children: ElkNode[] = [...outside];
  if (inside.length) {
    children.push({
      id: VPC_ID,
      children: inside,
      layoutOptions: { ...layered, 'elk.padding': `[top=${pad.top},left=${pad.left},bottom=${pad.bottom},right=${pad.right}]` },
    });
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...layered, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' },
    children,
    edges,
  };
  const out = await (elkRunner?.(graph, design.nodes.length) ?? elkLayout(graph));
  const positions: Record<string, Position> = {};
  const visit = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const x = dx + (child.x ?? 0);
      const y = dy + (child.y ?? 0);
      if (child.id === VPC_ID) visit(child, x, y);
      else positions[child.id] = { x: Math.round(x / 20) * 20, y: Math.round(y / 20) * 20 };
    }
  };
  visit(out, 0, 0);
  const laid: Design = { ...design, nodes: design.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
  return { ...positions, ...settlePositions(laid, { subnets }) };
}

/**
 * The VPC frame around the nodes that live inside the VPC (`nodesInVpc`), subnet boxes hidden,
 * or null when there are none. `positions` overrides node positions (e.g. while a node is dragged).
 */
export function vpcFrame(design: Design, positions?: ReadonlyMap<string, Position>): Rect | null {
  return networkBoxes(design, { subnets: false, ...(positions ? { positions } : {}) })?.vpc ?? null;
}

/**
 * Components outside the VPC (edge services) that the VPC frame's box covers. Settled designs
 * have none (`settlePositions` moves them out); empty when there is no frame.
 */
export function outsideNodesInFrame(design: Design, frame: Rect | null = vpcFrame(design)): Set<string> {
  const out = new Set<string>();
  if (!frame) return out;
  const inVpc = nodesInVpc(design);
  for (const n of design.nodes) {
    if (inVpc.has(n.id)) continue;
    if (intersects(nodeRect(n.position), frame)) out.add(n.id);
  }
  return out;
}
