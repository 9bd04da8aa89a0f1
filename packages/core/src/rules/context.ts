/** Builds the `RuleContext` once per validation: O(nodes + edges), memoised per node. */
import { catalog } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import type { RuleContext } from './types';

/** What a node without edges on that side has (shared: the lists are read-only). */
const NONE: readonly never[] = Object.freeze([]);
const byEdgeId = (a: { edge: DesignEdge }, b: { edge: DesignEdge }) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0);

export function createContext(design: Design): RuleContext {
  const index = indexDesign(design);
  const calleesCache = new Map<DesignNode, { edge: DesignEdge; target: DesignNode }[]>();
  const callersCache = new Map<DesignNode, { edge: DesignEdge; source: DesignNode }[]>();
  const prop = (node: DesignNode, name: string): unknown => {
    const v = node.props?.[name];
    if (v !== undefined) return v;
    return catalog[node.kind]?.props[name]?.default;
  };
  return {
    design,
    index,
    node: (id) => index.nodes.get(id),
    prop,
    num: (node, name) => {
      const v = prop(node, name);
      return typeof v === 'number' ? v : Number.NaN;
    },
    bool: (node, name) => prop(node, name) === true,
    callees(node) {
      let list = calleesCache.get(node);
      if (!list) {
        const edges = index.outgoing(node.id);
        if (edges.length === 0) return NONE;
        list = [];
        for (const edge of edges) {
          const target = index.nodes.get(edge.target);
          if (target) list.push({ edge, target });
        }
        if (list.length > 1) list.sort(byEdgeId);
        calleesCache.set(node, list);
      }
      return list;
    },
    callers(node) {
      let list = callersCache.get(node);
      if (!list) {
        const edges = index.incoming(node.id);
        if (edges.length === 0) return NONE;
        list = [];
        for (const edge of edges) {
          const source = index.nodes.get(edge.source);
          if (source) list.push({ edge, source });
        }
        if (list.length > 1) list.sort(byEdgeId);
        callersCache.set(node, list);
      }
      return list;
    },
  };
}

/** How a node is named in messages: its label, else its id, quoted. */
export function q(node: DesignNode | undefined, fallback = '?'): string {
  if (!node) return `“${fallback}”`;
  return `“${node.label ?? node.id}”`;
}
