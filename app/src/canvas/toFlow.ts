/**
 * Design document → React Flow nodes and edges (view model only; the document stays the source).
 * Flow objects are cached per document object, so an edit re-creates only the flow objects of
 * what it changed: React Flow then reuses its internal node for everything else (it compares
 * by identity), which keeps a drag or an edit on a 1,000-node design cheap.
 */
import { catalog, connectionMeaning, indexDesign, type Design, type DesignEdge, type DesignNode, type Locale } from '@stackcanvas/core';
import { MarkerType, type Edge, type Node } from '@xyflow/react';

export interface ServiceNodeData extends Record<string, unknown> {
  readonly node: DesignNode;
  readonly locale: Locale;
  /** An edge service that the VPC frame's box happens to cover: tagged "outside the VPC". */
  readonly outsideVpc?: boolean;
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

export interface MeaningEdgeData extends Record<string, unknown> {
  /** What the edge means, e.g. "origin /static/*", "session store". */
  readonly label: string;
  /** Whether the catalog allows this edge (imported designs may hold refused ones). */
  readonly allowed: boolean;
}

export type MeaningFlowEdge = Edge<MeaningEdgeData, 'meaning'>;

export interface Measured {
  readonly width: number;
  readonly height: number;
}

export function nodeLabel(node: DesignNode, locale: Locale): string {
  return node.label ?? catalog[node.kind].name[locale];
}

interface NodeCacheEntry {
  readonly locale: Locale;
  readonly selected: boolean;
  readonly size: Measured | undefined;
  readonly outsideVpc: boolean;
  readonly flow: ServiceFlowNode;
}

/**
 * Builds (and caches) React Flow nodes. `measured` carries the sizes React Flow reported; user
 * nodes must carry them (the minimap and `getNodesBounds` read the user node's size).
 */
export function createNodeMapper() {
  const cache = new WeakMap<DesignNode, NodeCacheEntry>();
  return (
    design: Design,
    locale: Locale,
    selected: ReadonlySet<string>,
    measured: ReadonlyMap<string, Measured>,
    outside: ReadonlySet<string> = new Set(),
  ): ServiceFlowNode[] =>
    design.nodes.map((node) => {
      const isSelected = selected.has(node.id);
      const size = measured.get(node.id);
      const outsideVpc = outside.has(node.id);
      const hit = cache.get(node);
      if (hit && hit.locale === locale && hit.selected === isSelected && hit.size === size && hit.outsideVpc === outsideVpc) return hit.flow;
      const flow: ServiceFlowNode = {
        id: node.id,
        type: 'service',
        position: { x: node.position.x, y: node.position.y },
        data: outsideVpc ? { node, locale, outsideVpc } : { node, locale },
        selected: isSelected,
        ...(size ? { measured: { width: size.width, height: size.height } } : {}),
      };
      cache.set(node, { locale, selected: isSelected, size, outsideVpc, flow });
      return flow;
    });
}

export function toFlowNodes(design: Design, locale: Locale): ServiceFlowNode[] {
  return createNodeMapper()(design, locale, new Set(), new Map());
}

/** The text drawn on an edge: its meaning from the catalog, then the CloudFront path pattern. */
export function edgeLabel(design: Design, edgeId: string, locale: Locale): string {
  const index = indexDesign(design);
  const edge = index.edges.get(edgeId);
  if (!edge) return '';
  return labelOf(edge, index.nodes, locale).label;
}

function labelOf(edge: DesignEdge, nodes: ReadonlyMap<string, DesignNode>, locale: Locale): { label: string; allowed: boolean } {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target) return { label: '', allowed: false };
  const meaning = connectionMeaning(source.kind, target.kind, target.props);
  const pattern = typeof edge.props['pathPattern'] === 'string' ? ` ${edge.props['pathPattern']}` : '';
  return { label: `${meaning?.[locale] ?? ''}${pattern}`, allowed: meaning !== undefined };
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;

interface EdgeCacheEntry {
  readonly label: string;
  readonly selected: boolean;
  readonly flow: MeaningFlowEdge;
}

export function createEdgeMapper() {
  const cache = new WeakMap<DesignEdge, EdgeCacheEntry>();
  return (design: Design, locale: Locale, selected: ReadonlySet<string>): MeaningFlowEdge[] => {
    const nodes = indexDesign(design).nodes;
    return design.edges.map((edge) => {
      const { label, allowed } = labelOf(edge, nodes, locale);
      const isSelected = selected.has(edge.id);
      const hit = cache.get(edge);
      if (hit && hit.label === label && hit.selected === isSelected && hit.flow.data?.allowed === allowed) return hit.flow;
      const flow: MeaningFlowEdge = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'meaning',
        selected: isSelected,
        markerEnd: ARROW,
        data: { label, allowed },
      };
      cache.set(edge, { label, selected: isSelected, flow });
      return flow;
    });
  };
}

export function toFlowEdges(design: Design, locale: Locale): MeaningFlowEdge[] {
  return createEdgeMapper()(design, locale, new Set());
}
