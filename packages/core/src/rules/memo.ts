/**
 * Re-validation only when something the rules can see changes. Position-only edits (moves, drags,
 * auto-layout) keep each node's `props` object and the `edges` array (see `model/ops.ts`), so a
 * memo that compares kinds, ids, labels and props identities reuses the last result in O(n).
 */
import type { Design, DesignNode } from '../model/types';
import { validate } from './index';
import type { Diagnostic } from './types';

export interface ValidationMemo {
  (design: Design): readonly Diagnostic[];
  /** How many times the rules actually ran. */
  readonly runs: () => number;
}

/** Same kinds, ids, labels and props objects, in the same order: all that the rules read. */
export function sameStructure(a: readonly DesignNode[], b: readonly DesignNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || x.label !== y.label || x.props !== y.props) return false;
  }
  return true;
}

export function createValidationMemo(): ValidationMemo {
  let last: { design: Design; nodes: Design['nodes']; edges: Design['edges']; result: readonly Diagnostic[] } | null = null;
  let runs = 0;
  const memo = (design: Design): readonly Diagnostic[] => {
    if (last?.design === design) return last.result;
    if (last && last.edges === design.edges && sameStructure(last.nodes, design.nodes)) {
      last = { ...last, design, nodes: design.nodes };
      return last.result;
    }
    runs++;
    const result = validate(design);
    last = { design, nodes: design.nodes, edges: design.edges, result };
    return result;
  };
  return Object.assign(memo, { runs: () => runs });
}
