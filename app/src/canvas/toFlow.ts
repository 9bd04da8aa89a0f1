/**
 * Design document → React Flow nodes and edges (view model only; the document stays the source).
 * Flow objects are cached per document object, so an edit re-creates only the flow objects of
 * what it changed: React Flow then reuses its internal node for everything else (it compares
 * by identity), which keeps a drag or an edit on a 1,000-node design cheap.
 */
import {
  catalog,
  connectionMeaning,
  indexDesign,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Design,
  type DesignEdge,
  type DesignNode,
  type Locale,
} from '@stackcanvas/core';
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { translate } from '../i18n/index';
import { nodeLabel } from '../i18n/labels';
import type { EdgeDecoration, NodeDecoration } from './decorations';

export { nodeLabel } from '../i18n/labels';

export interface ServiceNodeData extends Record<string, unknown> {
  readonly node: DesignNode;
  readonly locale: Locale;
  /** An edge service that the VPC frame's box happens to cover: tagged "outside the VPC". */
  readonly outsideVpc?: boolean;
  /** What the change set and the traffic model draw on the node (`decorations.ts`). */
  readonly decoration?: NodeDecoration;
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

export interface MeaningEdgeData extends Record<string, unknown> {
  /** What the edge means, e.g. "origin /static/*", "session store". */
  readonly label: string;
  /** Whether the catalog allows this edge (imported designs may hold refused ones). */
  readonly allowed: boolean;
  /** What the traffic model draws on the edge (`decorations.ts`). */
  readonly decoration?: EdgeDecoration;
}

export type MeaningFlowEdge = Edge<MeaningEdgeData, 'meaning'>;

export interface Measured {
  readonly width: number;
  readonly height: number;
}

/**
 * Where `ServiceNode`'s two handles sit (styles.css: 12 px handles, centred on the top and bottom
 * edges of a 180 × 80 node with a 1 px border), as React Flow measures them. Known in advance, so
 * React Flow need not mount every node once to measure it: with `onlyRenderVisibleElements` a
 * large design mounts only what is on screen from the first render.
 */
export const NODE_HANDLES: readonly NodeHandle[] = [
  { type: 'target', position: Position.Top, x: NODE_WIDTH / 2 - 6, y: -5, width: 12, height: 12, id: null },
  { type: 'source', position: Position.Bottom, x: NODE_WIDTH / 2 - 6, y: NODE_HEIGHT - 7, width: 12, height: 12, id: null },
];

const NO_NODE_DECORATIONS: ReadonlyMap<string, NodeDecoration> = new Map();
const NO_EDGE_DECORATIONS: ReadonlyMap<string, EdgeDecoration> = new Map();

interface NodeCacheEntry {
  readonly locale: Locale;
  readonly selected: boolean;
  readonly size: Measured | undefined;
  readonly outsideVpc: boolean;
  readonly decoration: NodeDecoration | undefined;
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
    decorations: ReadonlyMap<string, NodeDecoration> = NO_NODE_DECORATIONS,
  ): ServiceFlowNode[] =>
    design.nodes.map((node) => {
      const isSelected = selected.has(node.id);
      const size = measured.get(node.id);
      const outsideVpc = outside.has(node.id);
      const decoration = decorations.get(node.id);
      const hit = cache.get(node);
      if (hit && hit.locale === locale && hit.selected === isSelected && hit.size === size && hit.outsideVpc === outsideVpc && hit.decoration === decoration)
        return hit.flow;
      const flow: ServiceFlowNode = {
        id: node.id,
        type: 'service',
        position: { x: node.position.x, y: node.position.y },
        data: { node, locale, ...(outsideVpc ? { outsideVpc } : {}), ...(decoration ? { decoration } : {}) },
        selected: isSelected,
        // What a screen reader says for the node (React Flow's defaults are English and id-based).
        ariaLabel: translate(locale, 'nodeAria', { label: nodeLabel(node, locale), kind: catalog[node.kind].name }),
        domAttributes: { 'aria-roledescription': translate(locale, 'nodeRole') },
        initialWidth: NODE_WIDTH,
        initialHeight: NODE_HEIGHT,
        handles: NODE_HANDLES as NodeHandle[],
        ...(size ? { measured: { width: size.width, height: size.height } } : {}),
      };
      cache.set(node, { locale, selected: isSelected, size, outsideVpc, decoration, flow });
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

interface EdgeTexts {
  /** Drawn on the edge. */
  readonly label: string;
  /** Said by a screen reader: both ends by their labels, and the meaning. */
  readonly ariaLabel: string;
  readonly allowed: boolean;
}

function labelOf(edge: DesignEdge, nodes: ReadonlyMap<string, DesignNode>, locale: Locale): EdgeTexts {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target) return { label: '', ariaLabel: '', allowed: false };
  const meaning = connectionMeaning(source.kind, target.kind, target.props);
  const pattern = typeof edge.props['pathPattern'] === 'string' ? ` ${edge.props['pathPattern']}` : '';
  const label = `${meaning?.[locale] ?? ''}${pattern}`;
  const ends = { source: nodeLabel(source, locale), target: nodeLabel(target, locale) };
  const ariaLabel = meaning ? translate(locale, 'edgeAria', { ...ends, meaning: label }) : translate(locale, 'edgeAriaRefused', ends);
  return { label, ariaLabel, allowed: meaning !== undefined };
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;
/** In traffic mode the stroke is thicker: the arrow keeps its size (user units, not stroke widths). */
const TRAFFIC_ARROW = { ...ARROW, markerUnits: 'userSpaceOnUse' } as const;

interface EdgeCacheEntry {
  readonly texts: EdgeTexts;
  readonly selected: boolean;
  readonly decoration: EdgeDecoration | undefined;
  readonly flow: MeaningFlowEdge;
}

export function createEdgeMapper() {
  const cache = new WeakMap<DesignEdge, EdgeCacheEntry>();
  return (
    design: Design,
    locale: Locale,
    selected: ReadonlySet<string>,
    decorations: ReadonlyMap<string, EdgeDecoration> = NO_EDGE_DECORATIONS,
  ): MeaningFlowEdge[] => {
    const nodes = indexDesign(design).nodes;
    return design.edges.map((edge) => {
      const texts = labelOf(edge, nodes, locale);
      const { label, ariaLabel, allowed } = texts;
      const isSelected = selected.has(edge.id);
      const decoration = decorations.get(edge.id);
      const hit = cache.get(edge);
      if (
        hit &&
        hit.texts.label === label &&
        hit.texts.ariaLabel === ariaLabel &&
        hit.texts.allowed === allowed &&
        hit.selected === isSelected &&
        hit.decoration === decoration
      )
        return hit.flow;
      const flow: MeaningFlowEdge = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'meaning',
        selected: isSelected,
        markerEnd: decoration?.traffic ? TRAFFIC_ARROW : ARROW,
        data: decoration ? { label, allowed, decoration } : { label, allowed },
        ariaLabel,
        domAttributes: { 'aria-roledescription': translate(locale, 'edgeRole') },
      };
      cache.set(edge, { texts, selected: isSelected, decoration, flow });
      return flow;
    });
  };
}

export function toFlowEdges(design: Design, locale: Locale): MeaningFlowEdge[] {
  return createEdgeMapper()(design, locale, new Set());
}
