/**
 * Recompute only when something other than positions changes. Position-only edits (moves, drags,
 * auto-layout) keep each node's `props` object and the `edges` array (see `model/ops.ts`), so
 * comparing kinds, ids, labels and props identities — O(n), no serialization — is enough to reuse
 * the last result. Validation, the live template and the CDK preview all go through this.
 */
import type { Design, DesignNode } from './types';

export interface StructuralMemo<T> {
  (design: Design): T;
  /** How many times `compute` actually ran. */
  readonly runs: () => number;
}

/** Same kinds, ids, labels and props objects, in the same order. */
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

/** `compute(design)`, cached for designs that differ from the last one in positions only. */
/** Whether `b` is `a` as far as anything but positions is concerned: what `memoizeOnStructure` reuses a result for. */
export function sameButPositions(a: Design, b: Design): boolean {
  return a === b || (a.name === b.name && a.extras === b.extras && a.edges === b.edges && sameStructure(a.nodes, b.nodes));
}

export function memoizeOnStructure<T>(compute: (design: Design) => T): StructuralMemo<T> {
  let last: { design: Design; result: T } | null = null;
  let runs = 0;
  const memo = (design: Design): T => {
    const prev = last?.design;
    if (prev && sameButPositions(prev, design)) {
      last = { design, result: last!.result };
      return last.result;
    }
    runs++;
    const result = compute(design);
    last = { design, result };
    return result;
  };
  return Object.assign(memo, { runs: () => runs });
}
