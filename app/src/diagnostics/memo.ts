/**
 * Validation results shared by the panel and every badge, computed at most once per structural
 * change of the design: position-only changes reuse the last result (core `rules/memo.ts`).
 * One memo per store (`AppState.diagnostics`), so two stores (two tests) never share a cache.
 */
import { createValidationMemo, type Design, type Diagnostic, type Severity } from '@stackcanvas/core';

export interface ElementSummary {
  readonly severity: Severity;
  readonly items: readonly Diagnostic[];
}

export interface ElementIndex {
  readonly nodes: ReadonlyMap<string, ElementSummary>;
  readonly edges: ReadonlyMap<string, ElementSummary>;
}

export interface DiagnosticsMemo {
  /** The design's diagnostics; the same array as long as only positions change. */
  diagnosticsFor(design: Design): readonly Diagnostic[];
  /** Per node and per edge: the worst severity and the diagnostics that point at it. Built once per result. */
  elementIndex(diagnostics: readonly Diagnostic[]): ElementIndex;
  /** How many times the rules actually ran (for tests). */
  runs(): number;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function buildIndex(diagnostics: readonly Diagnostic[]): ElementIndex {
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
  return { nodes, edges };
}

export function createDiagnosticsMemo(): DiagnosticsMemo {
  const validate = createValidationMemo();
  const indexes = new WeakMap<readonly Diagnostic[], ElementIndex>();
  return {
    diagnosticsFor: (design) => validate(design),
    elementIndex: (diagnostics) => {
      let index = indexes.get(diagnostics);
      if (!index) indexes.set(diagnostics, (index = buildIndex(diagnostics)));
      return index;
    },
    runs: () => validate.runs(),
  };
}
