/**
 * Validation results shared by the panel and every badge, computed at most once per structural
 * change of the design: position-only changes reuse the last result (core `rules/memo.ts`).
 */
import { createValidationMemo, type Diagnostic, type Severity } from '@stackcanvas/core';

/** One memo for the whole app: the panel and every badge share the same result. */
export const diagnosticsFor = createValidationMemo();

/** How many times the rules actually ran (for tests). */
export function validationRuns(): number {
  return diagnosticsFor.runs();
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
