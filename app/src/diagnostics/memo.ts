/**
 * Validation results shared by the panel and every badge, computed at most once per structural
 * change of the design: position-only changes reuse the last result (core `model/memo.ts`).
 * One memo per store (`AppState.diagnostics`), so two stores (two tests) never share a cache.
 *
 * The rules are not part of the first load: the reference architecture a first visit opens has
 * its diagnostics worked out at build time (`virtual:stackcanvas/reference-diagnostics`), and the
 * rules load (`loadRules`) at start-up when another design opens, or at the first change of that
 * one. Until they are in (a few milliseconds after a first edit) the last result stays on show.
 */
import { memoizeOnStructure, sameButPositions, type Design, type Diagnostic, type Severity, type StructuralMemo } from '@stackcanvas/core';
import { REFERENCE_DIAGNOSTICS } from 'virtual:stackcanvas/reference-diagnostics';
import { REFERENCE_DESIGN } from 'virtual:stackcanvas/reference-design';

export interface ElementSummary {
  readonly severity: Severity;
  readonly items: readonly Diagnostic[];
}

export interface ElementIndex {
  readonly nodes: ReadonlyMap<string, ElementSummary>;
  readonly edges: ReadonlyMap<string, ElementSummary>;
}

export type Validate = (design: Design) => readonly Diagnostic[];

export interface DiagnosticsMemo {
  /** The design's diagnostics; the same array as long as only positions change. */
  diagnosticsFor(design: Design): readonly Diagnostic[];
  /** Per node and per edge: the worst severity and the diagnostics that point at it. Built once per result. */
  elementIndex(diagnostics: readonly Diagnostic[]): ElementIndex;
  /** Resolves once `diagnosticsFor(design)` can answer with the design's own diagnostics (loads the rules if needed). */
  prepare(design: Design): Promise<void>;
  /** How many times the rules actually ran (for tests). */
  runs(): number;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const NONE: readonly Diagnostic[] = Object.freeze([]);

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

/** Whether the rules would see `design` as the reference architecture (the memo's own test). */
const isReference = (design: Design) => sameButPositions(REFERENCE_DESIGN, design);

let rules: Promise<Validate> | null = null;

/** Core's rules, fetched once per page. */
export function loadRules(): Promise<Validate> {
  return (rules ??= import('@stackcanvas/core/rules').then((m) => m.validate));
}

/**
 * `validate` given: the rules run at once (tests, tools). Without: the rules load on demand, and
 * `onReady` is called when they are in, so that the views showing a stale result ask again.
 */
export function createDiagnosticsMemo(validate?: Validate, onReady: () => void = () => undefined): DiagnosticsMemo {
  let validated: StructuralMemo<readonly Diagnostic[]> | null = validate ? memoizeOnStructure(validate) : null;
  let shown: readonly Diagnostic[] = NONE;
  const indexes = new WeakMap<readonly Diagnostic[], ElementIndex>();
  const load = () =>
    loadRules().then((v) => {
      if (!validated) {
        validated = memoizeOnStructure(v);
        onReady();
      }
    });
  return {
    diagnosticsFor: (design) => {
      if (validated) return (shown = validated(design));
      if (REFERENCE_DIAGNOSTICS && isReference(design)) return (shown = REFERENCE_DIAGNOSTICS);
      void load();
      return shown;
    },
    elementIndex: (diagnostics) => {
      let index = indexes.get(diagnostics);
      if (!index) indexes.set(diagnostics, (index = buildIndex(diagnostics)));
      return index;
    },
    prepare: async (design) => {
      if (!validated && !(REFERENCE_DIAGNOSTICS && isReference(design))) await load();
    },
    runs: () => validated?.runs() ?? 0,
  };
}
