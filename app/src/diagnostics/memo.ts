/**
 * Validation results shared by the panel and every badge, computed at most once per structural
 * change of the design: position-only changes reuse the last result (core `model/memo.ts`).
 * One memo per store (`AppState.diagnostics`), so two stores (two tests) never share a cache.
 *
 * The rules are not part of the first load: the reference architecture a first visit opens has
 * its diagnostics worked out at build time (`virtual:stackcanvas/reference-diagnostics`), and the
 * rules load (`loadRules`) at start-up when another design opens, or at the first change of that
 * one. Until they are in (a few milliseconds after a first edit) the last result stays on show.
 * Should they not arrive (the connection is down, or the site was redeployed since the page was
 * opened), the failure is kept, not fetched again at every validation (the browser keeps a failed
 * module fetch for the page's lifetime anyway), and `loadFailure` tells the views, so they say
 * the problems are unknown rather than show none.
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
  /**
   * Resolves once `diagnosticsFor(design)` can answer with the design's own diagnostics (loads the
   * rules if needed), or once the rules failed to load (never rejects: see `loadFailure`).
   */
  prepare(design: Design): Promise<void>;
  /** Why the rules could not load, when `design` needs them (null when they are in, or for the reference design, worked out at build time). */
  loadFailure(design: Design): Error | null;
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

/** Core's rules, fetched once per page (a failed fetch is not tried again: the page must be reloaded). */
export function loadRules(): Promise<Validate> {
  return (rules ??= import('@stackcanvas/core/rules').then((m) => m.validate));
}

/**
 * `validate` given: the rules run at once (tests, tools). Without: the rules load on demand
 * (`fetchRules`, `loadRules` unless a test gives another), and `onReady` is called when they are
 * in, or when they failed to load, so that the views showing a stale result ask again.
 */
export function createDiagnosticsMemo(
  validate?: Validate,
  onReady: () => void = () => undefined,
  fetchRules: () => Promise<Validate> = loadRules,
): DiagnosticsMemo {
  let validated: StructuralMemo<readonly Diagnostic[]> | null = validate ? memoizeOnStructure(validate) : null;
  let failure: Error | null = null;
  let loading: Promise<void> | null = null;
  let shown: readonly Diagnostic[] = NONE;
  const indexes = new WeakMap<readonly Diagnostic[], ElementIndex>();
  const prebuilt = (design: Design) => !!REFERENCE_DIAGNOSTICS && isReference(design);
  // Asked once: a failure is kept (the views show it), not fetched again at every validation.
  const load = () =>
    (loading ??= fetchRules().then(
      (v) => {
        if (!validated) {
          validated = memoizeOnStructure(v);
          onReady();
        }
      },
      (e: unknown) => {
        failure = e instanceof Error ? e : new Error(String(e));
        onReady();
      },
    ));
  return {
    diagnosticsFor: (design) => {
      if (validated) return (shown = validated(design));
      if (prebuilt(design)) return (shown = REFERENCE_DIAGNOSTICS!);
      // Without the rules, no result is better than one of another design (the views say why).
      if (failure) return (shown = NONE);
      void load();
      return shown;
    },
    loadFailure: (design) => (validated || prebuilt(design) ? null : failure),
    elementIndex: (diagnostics) => {
      let index = indexes.get(diagnostics);
      if (!index) indexes.set(diagnostics, (index = buildIndex(diagnostics)));
      return index;
    },
    prepare: async (design) => {
      if (!validated && !prebuilt(design)) await load();
    },
    runs: () => validated?.runs() ?? 0,
  };
}
