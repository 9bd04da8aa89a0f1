/**
 * The diagram as geometry: where each node, box, edge route and label is, computed from the design
 * and core's layout helpers (`networkBoxes`, `routeEdges`), never read back from the DOM. The
 * canvas draws its edges from `sceneRoutes`; the image export draws the whole `Scene`.
 */
import {
  catalog,
  networkBoxes,
  nodeRect,
  routeEdges,
  routeEdgesMoving,
  union,
  type Design,
  type DesignNode,
  type EdgeRoute,
  type Locale,
  type NetworkBoxes,
  type Position,
  type Rect,
  type SubnetTier,
} from '@stackcanvas/core';
import { nodeLabel } from '../i18n/labels';
import { EDGE_LABEL, NODE_TEXT, edgeLabelWidth, wrapText, type Lines, type Measure } from './textLayout';
import { toFlowEdges } from './toFlow';

export interface SceneNode {
  readonly node: DesignNode;
  readonly rect: Rect;
  readonly label: Lines;
  readonly kind: Lines;
  /** The catalog's icon path (`iconUrl` turns it into a URL). */
  readonly icon: string;
}

export interface SceneEdge {
  readonly id: string;
  readonly label: string;
  readonly allowed: boolean;
  readonly route: EdgeRoute;
  readonly labelWidth: number;
}

export interface Scene {
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  readonly boxes: NetworkBoxes | null;
  /** Everything drawn: nodes, boxes, edge labels. */
  readonly bounds: Rect;
}

export interface SceneOptions {
  readonly locale: Locale;
  readonly subnets: boolean;
  readonly positions?: ReadonlyMap<string, Position>;
  readonly tiers?: ReadonlyMap<string, SubnetTier>;
  readonly measure?: Measure;
}

/**
 * The routes of every edge, from the node boxes (at `positions` while dragging) and the label
 * widths. Given the routes before the drag (`still`), a design too large for detour searches
 * routes again only the edges around the dragged nodes (core's `routeEdgesMoving`).
 */
export function sceneRoutes(
  design: Design,
  labels: ReadonlyMap<string, string>,
  positions?: ReadonlyMap<string, Position> | null,
  measure?: Measure,
  still?: ReadonlyMap<string, EdgeRoute>,
): Map<string, EdgeRoute> {
  const nodes = design.nodes.map((n) => ({ id: n.id, rect: nodeRect(positions?.get(n.id) ?? n.position) }));
  const edges = design.edges.map((e) => {
    const text = labels.get(e.id) ?? '';
    return { id: e.id, source: e.source, target: e.target, label: { width: text ? edgeLabelWidth(text, measure) : 0, height: EDGE_LABEL.height } };
  });
  return positions && still ? routeEdgesMoving(nodes, edges, new Set(positions.keys()), still) : routeEdges(nodes, edges);
}

export function buildScene(design: Design, options: SceneOptions): Scene {
  const { locale, measure } = options;
  const nodes: SceneNode[] = design.nodes.map((node) => {
    const spec = catalog[node.kind];
    return {
      node,
      rect: nodeRect(options.positions?.get(node.id) ?? node.position),
      label: wrapText(nodeLabel(node, locale), NODE_TEXT.width, NODE_TEXT.label, measure),
      kind: wrapText(spec.name[locale], NODE_TEXT.width, NODE_TEXT.kind, measure),
      icon: spec.icon,
    };
  });
  const flowEdges = toFlowEdges(design, locale);
  const labels = new Map(flowEdges.map((e) => [e.id, e.data?.label ?? '']));
  const routes = sceneRoutes(design, labels, options.positions, measure);
  const edges: SceneEdge[] = [];
  for (const e of flowEdges) {
    const route = routes.get(e.id);
    if (!route) continue;
    const label = labels.get(e.id) ?? '';
    edges.push({ id: e.id, label, allowed: e.data?.allowed !== false, route, labelWidth: label ? edgeLabelWidth(label, measure) : 0 });
  }
  const boxes = networkBoxes(design, {
    subnets: options.subnets,
    ...(options.positions ? { positions: options.positions } : {}),
    ...(options.tiers ? { tiers: options.tiers } : {}),
  });
  const labelRects = edges
    .filter((e) => e.label)
    .map((e) => ({ x: e.route.label.x - e.labelWidth / 2, y: e.route.label.y - EDGE_LABEL.height / 2, width: e.labelWidth, height: EDGE_LABEL.height }));
  const bounds = union([...nodes.map((n) => n.rect), ...(boxes ? [boxes.vpc] : []), ...labelRects]) ?? { x: 0, y: 0, width: 400, height: 300 };
  return { nodes, edges, boxes, bounds };
}

/** What "Zoom to fit" frames: the nodes and the VPC frame (with or without its subnet rows). */
export function diagramBounds(design: Design, subnets: boolean): Rect | null {
  const boxes = networkBoxes(design, { subnets });
  return union([...design.nodes.map((n) => nodeRect(n.position)), ...(boxes ? [boxes.vpc] : [])]);
}
