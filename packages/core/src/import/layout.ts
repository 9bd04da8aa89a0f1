/**
 * A quick, synchronous layered layout for imported designs: each node's column is its longest
 * path from a node with no incoming edge, rows in document order. `importAndLayout` replaces it
 * with the elkjs layout of `layout/index.ts`; this one keeps the synchronous API usable alone.
 */
import type { Position } from '../model/types';

export const COLUMN_WIDTH = 280;
export const ROW_HEIGHT = 120;

export function simpleLayout(nodeIds: readonly string[], edges: readonly { source: string; target: string }[]): Map<string, Position> {
  const layer = new Map<string, number>(nodeIds.map((id) => [id, 0]));
  // Longest path by relaxation; at most |V| rounds, so a cycle cannot loop forever.
  for (let round = 0; round < nodeIds.length; round++) {
    let changed = false;
    for (const e of edges) {
      const next = (layer.get(e.source) ?? 0) + 1;
      if (next > (layer.get(e.target) ?? 0) && next < nodeIds.length) {
        layer.set(e.target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  const out = new Map<string, Position>();
  for (const id of nodeIds) {
    const col = layer.get(id) ?? 0;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    out.set(id, { x: col * COLUMN_WIDTH, y: row * ROW_HEIGHT });
  }
  return out;
}
