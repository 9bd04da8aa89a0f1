/**
 * The change set as the app shows it: core's `diffTemplates` result (`@stackcanvas/core/changeset`,
 * loaded lazily) tied to the design's components. Pure; no React.
 *
 * Which component a resource belongs to:
 * - present in the current export: the exporter's own owner map (`exportCloudFormation().owners`);
 * - only in the baseline (a Remove): the `Metadata.Stackcanvas::Node` stamp the exporter writes on
 *   every resource it emits for a node (so a baseline made by "Mark as deployed", or a deployed
 *   template that came from our export, names its components), else a former node of this session
 *   (the undo history) that held the logical id as an imported resource;
 * - shared resources (the network) and foreign resources belong to no component.
 */
import { NODE_METADATA_KEY, type Design, type DesignNode, type EnvironmentName } from '@stackcanvas/core';
import type { ChangeSet, Finding, FindingSeverity, ResourceChange } from '@stackcanvas/core/changeset';

/** How a component fares in the update, from the changes of its resources (strongest first). */
export type NodeChange = 'replaced' | 'maybe-replaced' | 'modified' | 'added';

const RANK: Readonly<Record<NodeChange, number>> = { replaced: 0, 'maybe-replaced': 1, modified: 2, added: 3 };

/**
 * Finding codes about data (docs/changesets.md, "Data loss"): `lost` = the data is deleted
 * (SC-CS-001, 002, 003, 008); `kept` = a Retain or Snapshot policy keeps it outside the stack, the
 * resource in the stack starts empty or is gone (SC-CS-004 to 007).
 */
export const DATA_FINDINGS: Readonly<Record<string, 'lost' | 'kept'>> = {
  'SC-CS-001': 'lost',
  'SC-CS-002': 'lost',
  'SC-CS-003': 'lost',
  'SC-CS-008': 'lost',
  'SC-CS-004': 'kept',
  'SC-CS-005': 'kept',
  'SC-CS-006': 'kept',
  'SC-CS-007': 'kept',
};

/** The label the exporter writes on a node's primary resource (core `cfn/context.ts`, LABEL_METADATA_KEY). */
const LABEL_KEY = 'Stackcanvas::Label';

export interface ChangeRow {
  readonly change: ResourceChange;
  /** The component the resource belongs to, when there is one (it may no longer be in the design). */
  readonly owner?: string;
  /** Unique per row: a type change is a Remove and an Add of the same logical id. */
  readonly key: string;
}

/** A component of the baseline that the current design no longer has: its resources are all removed. */
export interface RemovedComponent {
  readonly id: string;
  /** Its label as the baseline wrote it, or as this session last saw it. */
  readonly label?: string;
  readonly logicalIds: readonly string[];
  /** The node as this session last saw it (position, kind), from the undo history; absent when not known. */
  readonly last?: DesignNode;
}

export interface ChangeView {
  readonly set: ChangeSet;
  readonly rows: readonly ChangeRow[];
  /** Per component of the current design that the update touches. */
  readonly nodes: ReadonlyMap<string, NodeChange>;
  /** Findings per component (current or removed), in core's order (errors first). */
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
  readonly removed: readonly RemovedComponent[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Per logical id of a template: the node stamp and label the exporter wrote in its Metadata. */
export function templateStamps(template: Readonly<Record<string, unknown>>): Map<string, { node: string; label?: string }> {
  const out = new Map<string, { node: string; label?: string }>();
  const resources = template['Resources'];
  if (!isRecord(resources)) return out;
  for (const [id, r] of Object.entries(resources)) {
    const metadata = isRecord(r) ? r['Metadata'] : undefined;
    const node = isRecord(metadata) ? metadata[NODE_METADATA_KEY] : undefined;
    if (typeof node !== 'string') continue;
    const label = isRecord(metadata) ? metadata[LABEL_KEY] : undefined;
    out.set(id, typeof label === 'string' ? { node, label } : { node });
  }
  return out;
}

function nodeChangeOf(change: ResourceChange, typeChanged: boolean): NodeChange {
  if (typeChanged) return 'replaced';
  if (change.action === 'Add') return 'added';
  if (change.replacement === 'True') return 'replaced';
  if (change.replacement === 'Conditional') return 'maybe-replaced';
  return 'modified';
}

/**
 * The change set tied to the design. `owners` is the current export's owner map; `formerNodes`
 * gives nodes this session saw that the design no longer has (newest first); it is called only
 * when something was removed.
 */
export function changeView(
  set: ChangeSet,
  design: Design,
  owners: ReadonlyMap<string, string>,
  baseline: Readonly<Record<string, unknown>>,
  formerNodes: () => readonly DesignNode[] = () => [],
): ChangeView {
  const present = new Set(design.nodes.map((n) => n.id));
  const stamps = templateStamps(baseline);
  let former: readonly DesignNode[] | undefined;
  const formerList = () => (former ??= formerNodes());
  const formerHolder = (logicalId: string) => formerList().find((n) => n.imported?.resources.includes(logicalId))?.id;
  const ownerOf = (logicalId: string, removed: boolean): string | undefined =>
    removed ? (stamps.get(logicalId)?.node ?? formerHolder(logicalId)) : (owners.get(logicalId) ?? stamps.get(logicalId)?.node);

  const actions = new Map<string, Set<string>>();
  for (const c of set.changes) (actions.get(c.logicalId) ?? actions.set(c.logicalId, new Set()).get(c.logicalId)!).add(c.action);
  const typeChanged = (id: string) => {
    const a = actions.get(id);
    return !!a && a.has('Add') && a.has('Remove');
  };

  const rows: ChangeRow[] = [];
  const statuses = new Map<string, NodeChange[]>();
  const gone = new Map<string, string[]>();
  for (const change of set.changes) {
    const owner = ownerOf(change.logicalId, change.action === 'Remove');
    rows.push({ change, key: `${change.logicalId}:${change.action}`, ...(owner !== undefined ? { owner } : {}) });
    if (owner === undefined) continue;
    if (!present.has(owner)) {
      if (change.action === 'Remove') (gone.get(owner) ?? gone.set(owner, []).get(owner)!).push(change.logicalId);
      continue;
    }
    // A resource of a component that stays is removed: the component is modified.
    const status = change.action === 'Remove' && !typeChanged(change.logicalId) ? 'modified' : nodeChangeOf(change, typeChanged(change.logicalId));
    (statuses.get(owner) ?? statuses.set(owner, []).get(owner)!).push(status);
  }
  // Added when every change of the component is an Add (a new component); else its strongest change.
  const nodes = new Map<string, NodeChange>();
  for (const [id, list] of statuses) {
    const strongest = list.filter((s) => s !== 'added').reduce<NodeChange>((a, b) => (RANK[b] < RANK[a] ? b : a), 'modified');
    nodes.set(id, list.every((s) => s === 'added') ? 'added' : strongest);
  }

  const findings = new Map<string, Finding[]>();
  for (const f of set.findings) {
    const removed = rows.some((r) => r.change.logicalId === f.logicalId && r.change.action === 'Remove' && !typeChanged(f.logicalId));
    const owner = ownerOf(f.logicalId, removed);
    if (owner !== undefined) (findings.get(owner) ?? findings.set(owner, []).get(owner)!).push(f);
  }

  const removed: RemovedComponent[] = [...gone]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, logicalIds]) => {
      const last = formerList().find((n) => n.id === id);
      const label = logicalIds.map((l) => stamps.get(l)?.label).find((l) => l !== undefined) ?? last?.label;
      return { id, logicalIds, ...(label !== undefined ? { label } : {}), ...(last ? { last } : {}) };
    });

  return { set, rows, nodes, findings, removed };
}

/** The worst severity among findings. */
export function worstSeverity(findings: readonly Finding[]): FindingSeverity | undefined {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'info' : undefined;
}

/** Whether findings say data is lost (`lost`), only kept outside the stack (`kept`), or nothing about data. */
export function dataOutcome(findings: readonly Finding[]): 'lost' | 'kept' | undefined {
  const outcomes = findings.map((f) => DATA_FINDINGS[f.code]);
  if (outcomes.includes('lost')) return 'lost';
  return outcomes.includes('kept') ? 'kept' : undefined;
}

/**
 * Nodes this session saw that `design` no longer has, newest first, from the undo history
 * (zundo's past and future states). Each id once.
 */
export function formerNodesFrom(design: Design, states: readonly { readonly design?: Design }[]): DesignNode[] {
  const present = new Set(design.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const out: DesignNode[] = [];
  for (const state of states) {
    for (const n of state.design?.nodes ?? []) {
      if (present.has(n.id) || seen.has(n.id)) continue;
      seen.add(n.id);
      out.push(n);
    }
  }
  return out;
}

/** The environment the change set compares with: the chosen one, else the one marked or loaded last, else dev. */
export function activeEnvironment(design: Design, chosen: EnvironmentName | null): EnvironmentName {
  if (chosen) return chosen;
  let best: { env: EnvironmentName; at: string } | undefined;
  for (const env of ['dev', 'stage', 'prod'] as const) {
    const b = design.baselines?.[env];
    if (b && (!best || b.at > best.at)) best = { env, at: b.at };
  }
  return best?.env ?? 'dev';
}
