/**
 * Validation results shared by the panel and every badge, computed at most once per structural
 * change of the design. Position-only changes (moves, drags, auto-layout) keep each node's
 * `props` object and the `edges` array (see core `model/ops.ts`), so they reuse the last result:
 * rules never see positions.
 */
import { validate, type Design, type DesignNode, type Diagnostic, type Severity } from '@stackcanvas/core';

interface Last {
  readonly design: Design;
  readonly nodes: readonly DesignNode[];
  readonly edges: Design['edges'];
  readonly result: readonly Diagnostic[];
}

let last: Last | null = null;
let runs = 0;

/** Same kinds, ids, labels and props objects, in the same order: what the rules can see. */
function sameStructure(a: readonly DesignNode[], b: readonly DesignNode[]): boolean {
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

export function diagnosticsFor(design: Design): readonly Diagnostic[] {
  if (last?.design === design) return last.result;
  if (last && last.edges === design.edges && sameStructure(last.nodes, design.nodes)) {
    last = { ...last, design, nodes: design.nodes };
    return last.result;
  }
  runs++;
  const result = validate(design);
  last = { design, nodes: design.nodes, edges: design.edges, result };
  return result;
}

/** How many times the rules actually ran (for tests and the bench). */
export function validationRuns(): number {
  return runs;
}

export interface ElementSummary {
  readonly severity: Severity;
  readonly items: readonly Diagnostic[];
}

interface ElementIndex {
  readonly nodes: ReadonlyMap<string, ElementSummary>;
  readonly edges: ReadonlyMap<string, ElementSummary>;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const byResult = new WeakMap<readonly Diagnostic[], ElementIndex>();

/** Per node and per edge: the worst severity and the diagnostics that point at it. Built once per result. */
export function elementIndex(diagnostics: readonly Diagnostic[]): ElementIndex {
  let index = byResult.get(diagnostics);
  if (index) return index;
  const nodes = new Map<string, { severity: Severity; items: Diagnostic[] }>();
  const edges = new Map<string, { severity: Severity; items: Diagnostic[] }>();
  const add = (map: typeof nodes, id: string, d: Diagnostic) => {
    const entry = map.get(id);
    if (!entry) map.set(id, { severity: d.severity, items: [d] });
    else {
      entry.items.push(d);
      if (RANK[d.severity] < RANK[entry.severity]) entry.severity = d.severity;
    }
  };
  for (const d of diagnostics) {
    for (const id of d.nodes) add(nodes, id, d);
    for (const id of d.edges) add(edges, id, d);
  }
  index = { nodes, edges };
  byResult.set(diagnostics, index);
  return index;
}
