/** Read-only indexes over a design for rules and emitters: look-ups in O(1), built once per design. */
import type { Kind } from '../catalog/index';
import type { Design, DesignEdge, DesignNode } from './types';

export interface DesignIndex {
  readonly design: Design;
  readonly nodes: ReadonlyMap<string, DesignNode>;
  readonly edges: ReadonlyMap<string, DesignEdge>;
  /** Edges leaving a node (the node is the caller). */
  outgoing(nodeId: string): readonly DesignEdge[];
  /** Edges entering a node (the node is the callee). */
  incoming(nodeId: string): readonly DesignEdge[];
  /** Nodes of one kind, in document order. */
  ofKind(kind: Kind): readonly DesignNode[];
}

const EMPTY: readonly DesignEdge[] = [];
const cache = new WeakMap<Design, DesignIndex>();

export function indexDesign(design: Design): DesignIndex {
  const cached = cache.get(design);
  if (cached) return cached;
  const nodes = new Map<string, DesignNode>();
  for (const n of design.nodes) nodes.set(n.id, n);
  const edges = new Map<string, DesignEdge>();
  for (const e of design.edges) edges.set(e.id, e);
  const out = new Map<string, DesignEdge[]>();
  const inc = new Map<string, DesignEdge[]>();
  for (const e of design.edges) {
    const o = out.get(e.source);
    if (o) o.push(e);
    else out.set(e.source, [e]);
    const i = inc.get(e.target);
    if (i) i.push(e);
    else inc.set(e.target, [e]);
  }
  const byKind = new Map<Kind, DesignNode[]>();
  for (const n of design.nodes) {
    const list = byKind.get(n.kind);
    if (list) list.push(n);
    else byKind.set(n.kind, [n]);
  }
  const index: DesignIndex = {
    design,
    nodes,
    edges,
    outgoing: (id) => out.get(id) ?? EMPTY,
    incoming: (id) => inc.get(id) ?? EMPTY,
    ofKind: (kind) => byKind.get(kind) ?? [],
  };
  cache.set(design, index);
  return index;
}
