/**
 * Auto-layout along the request path (caller → callee, left to right) with elkjs' layered
 * algorithm, and the VPC frame around the nodes the network plan places in the VPC. Pure: design
 * in, positions out.
 * Components that live inside the VPC are laid out as children of one compound node, so the
 * frame drawn around them never swallows an edge service such as S3 or CloudFront.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../model/types';
import { nodesInVpc } from '../network/plan';

export { nodesInVpc };

type ElkInstance = InstanceType<typeof import('elkjs/lib/elk.bundled.js').default>;
let elkPromise: Promise<ElkInstance> | undefined;

/** elkjs is large (~450 KB gzip): loaded on first use, so it never weighs on the app's first load. */
function loadElk(): Promise<ElkInstance> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elkPromise;
}

/** Size every node is drawn at on the canvas (the app's node box uses the same numbers). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
/** Space between the VPC frame and the nodes inside it; the title sits in the top padding. */
export const VPC_PADDING = 32;
export const VPC_TITLE = 28;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const VPC_ID = '__vpc';

/**
 * New positions for every node of the design (by id), left to right along the edges.
 * Ties are broken by document order, so the same design always gives the same layout.
 */
export async function autoLayout(design: Design): Promise<Record<string, Position>> {
  if (design.nodes.length === 0) return {};
  const inVpc = nodesInVpc(design);
  const box = (id: string): ElkNode => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT });
  const outside = design.nodes.filter((n) => !inVpc.has(n.id)).map((n) => box(n.id));
  const inside = design.nodes.filter((n) => inVpc.has(n.id)).map((n) => box(n.id));
  const edges: ElkExtendedEdge[] = design.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const layered = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  };
  const children: ElkNode[] = [...outside];
  if (inside.length) {
    children.push({
      id: VPC_ID,
      children: inside,
      layoutOptions: { ...layered, 'elk.padding': `[top=${VPC_PADDING + VPC_TITLE},left=${VPC_PADDING},bottom=${VPC_PADDING},right=${VPC_PADDING}]` },
    });
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...layered, 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' },
    children,
    edges,
  };
  const elk = await loadElk();
  const out = await elk.layout(graph);
  const positions: Record<string, Position> = {};
  const visit = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const x = dx + (child.x ?? 0);
      const y = dy + (child.y ?? 0);
      if (child.id === VPC_ID) visit(child, x, y);
      else positions[child.id] = { x: Math.round(x), y: Math.round(y) };
    }
  };
  visit(out, 0, 0);
  return positions;
}

/**
 * The VPC frame around the nodes that live inside the VPC (`nodesInVpc`), or null when
 * there are none. `positions` overrides node positions (e.g. while a node is being dragged).
 */
export function vpcFrame(design: Design, positions?: ReadonlyMap<string, Position>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const inVpc = nodesInVpc(design);
  for (const n of design.nodes) {
    if (!inVpc.has(n.id)) continue;
    const p = positions?.get(n.id) ?? n.position;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + NODE_WIDTH);
    maxY = Math.max(maxY, p.y + NODE_HEIGHT);
  }
  if (minX === Infinity) return null;
  return {
    x: minX - VPC_PADDING,
    y: minY - VPC_PADDING - VPC_TITLE,
    width: maxX - minX + 2 * VPC_PADDING,
    height: maxY - minY + 2 * VPC_PADDING + VPC_TITLE,
  };
}

/**
 * Components outside the VPC (edge services) that the VPC frame's box covers: the canvas marks
 * them so nobody reads them as being inside the VPC. Empty when there is no frame.
 */
export function outsideNodesInFrame(design: Design, frame: Rect | null = vpcFrame(design)): Set<string> {
  const out = new Set<string>();
  if (!frame) return out;
  const inVpc = nodesInVpc(design);
  for (const n of design.nodes) {
    if (inVpc.has(n.id)) continue;
    const { x, y } = n.position;
    if (x < frame.x + frame.width && frame.x < x + NODE_WIDTH && y < frame.y + frame.height && frame.y < y + NODE_HEIGHT) out.add(n.id);
  }
  return out;
}
