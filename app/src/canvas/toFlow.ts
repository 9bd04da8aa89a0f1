/** Design document → React Flow nodes and edges (view model only; the document stays the source). */
import { catalog, connectionMeaning, type Design, type DesignNode, type Locale } from '@stackcanvas/core';
import type { Edge, Node } from '@xyflow/react';

export interface ServiceNodeData extends Record<string, unknown> {
  readonly node: DesignNode;
  readonly locale: Locale;
}

export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;

export function nodeLabel(node: DesignNode, locale: Locale): string {
  return node.label ?? catalog[node.kind].name[locale];
}

export function toFlowNodes(design: Design, locale: Locale): ServiceFlowNode[] {
  return design.nodes.map((node) => ({
    id: node.id,
    type: 'service',
    position: { x: node.position.x, y: node.position.y },
    data: { node, locale },
  }));
}

export function edgeLabel(design: Design, edgeId: string, locale: Locale): string {
  const edge = design.edges.find((e) => e.id === edgeId);
  if (!edge) return '';
  const source = design.nodes.find((n) => n.id === edge.source);
  const target = design.nodes.find((n) => n.id === edge.target);
  if (!source || !target) return '';
  const meaning = connectionMeaning(source.kind, target.kind, target.props)?.[locale] ?? '';
  const pattern = typeof edge.props['pathPattern'] === 'string' ? ` ${edge.props['pathPattern']}` : '';
  return `${meaning}${pattern}`;
}

export function toFlowEdges(design: Design, locale: Locale): Edge[] {
  return design.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edgeLabel(design, edge.id, locale),
    type: 'smoothstep',
  }));
}
