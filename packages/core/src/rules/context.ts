/** Builds the `RuleContext` once per validation: O(nodes + edges), memoised per node. */
import { catalog } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import type { RuleContext } from './types';

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
        list = [];
        for (const edge of index.outgoing(node.id)) {
          const target = index.nodes.get(edge.target);
          if (target) list.push({ edge, target });
        }
        list.sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
        calleesCache.set(node, list);
      }
      return list;
    },
    callers(node) {
      let list = callersCache.get(node);
      if (!list) {
        list = [];
        for (const edge of index.incoming(node.id)) {
          const source = index.nodes.get(edge.source);
          if (source) list.push({ edge, source });
        }
        list.sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
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
