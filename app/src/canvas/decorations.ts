/**
 * Decorations: what the change set and the traffic model add to the canvas, as data on the view
 * model (`toFlow.ts` puts a node's decoration in its flow node's `data`, an edge's in its edge's).
 * The node and edge components only render them. Each decoration object keeps its identity while
 * its content is unchanged (`createDecorator`), so a slider move re-creates only the flow nodes
 * whose numbers moved, and React Flow re-renders only those.
 */
import { catalog, isKind, type CapacityInfo, type Design, type DesignNode, type Locale, type TrafficResult } from '@stackcanvas/core';
import type { FindingSeverity } from '@stackcanvas/core/changeset';
import { renderCoreMessage, translate } from '../i18n/index';
import { nodeLabel } from '../i18n/labels';
import { dataOutcome, worstSeverity, type ChangeView, type NodeChange } from '../panels/changeView';
import { trafficModel } from '../store/trafficModel';

/** Core's rate format; traffic decorations exist only once traffic mode has loaded the model. */
const formatRate = (rps: number): string => trafficModel()!.formatRate(rps);

/** The traffic model's numbers for a node (rates in requests/s, rounded to a tenth); the node formats them. */
export interface NodeTrafficDecoration {
  /** Requests per second arriving, rounded (the `data-rps` hook). */
  readonly rps: number;
  readonly absorbed: number;
  readonly forwarded: number;
  readonly calls: number;
  readonly reads: number;
  readonly writes: number;
  /** Load ÷ capacity; absent without a capacity hint. */
  readonly utilization?: number;
  readonly capacity?: CapacityInfo;
  readonly overloaded: boolean;
}

export interface NodeFindingsDecoration {
  readonly severity: FindingSeverity;
  /** `lost`: data is deleted; `kept`: a Retain or Snapshot policy keeps it outside the stack. */
  readonly data?: 'lost' | 'kept';
  /** The finding codes, space-separated. */
  readonly codes: string;
  /** The findings' texts in the user's language, one per line. */
  readonly text: string;
}

export interface NodeDecoration {
  readonly change?: NodeChange;
  readonly findings?: NodeFindingsDecoration;
  readonly traffic?: NodeTrafficDecoration;
}

export interface EdgeDecoration {
  readonly traffic?: {
    readonly rps: number;
    /** "7,000/s". */
    readonly label: string;
    /** Stroke width in px, by the share of the entry rate the edge carries. */
    readonly width: number;
  };
}

/** A removed component drawn where it last was (or, when that is not known, in a row under the design). */
export interface Ghost {
  readonly id: string;
  readonly label: string;
  /** Its kind's icon and name, when the node is known. */
  readonly kind?: DesignNode['kind'];
  readonly x: number;
  readonly y: number;
  /** The position is not known in this session (after a reload, or a loaded template). */
  readonly placed: boolean;
  readonly findings?: NodeFindingsDecoration;
  readonly logicalIds: readonly string[];
}

export interface Decorations {
  readonly nodes: ReadonlyMap<string, NodeDecoration>;
  readonly edges: ReadonlyMap<string, EdgeDecoration>;
  readonly ghosts: readonly Ghost[];
}

export const NO_DECORATIONS: Decorations = { nodes: new Map(), edges: new Map(), ghosts: [] };

const rate = (locale: Locale, rps: number) => translate(locale, 'trafficRate', { rate: formatRate(rps) });

/** Load ÷ capacity as a percentage, past 100 % when overloaded (as the CLI's table shows it). */
export function loadPercent(utilization: number): string {
  return Number.isFinite(utilization) ? `${formatRate(utilization * 100)}%` : '∞%';
}

/** Edge stroke: 1.5 px for nothing, up to 9 px for the whole entry rate (square root, so small flows stay visible). */
export function edgeWidth(rps: number, entryRps: number): number {
  if (!(rps > 0) || !(entryRps > 0)) return 1.5;
  return Math.round((1.5 + 7.5 * Math.sqrt(Math.min(1, rps / entryRps))) * 10) / 10;
}

const tenth = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : x);

function trafficOfNode(result: TrafficResult, id: string): NodeTrafficDecoration | undefined {
  const t = result.nodes.get(id);
  if (!t) return undefined;
  return {
    rps: Math.round(t.rps),
    absorbed: tenth(t.absorbed),
    forwarded: tenth(t.forwarded),
    calls: tenth(t.calls),
    reads: tenth(t.reads),
    writes: tenth(t.writes),
    ...(t.utilization !== undefined ? { utilization: Math.round(t.utilization * 1000) / 1000 } : {}),
    ...(t.capacity ? { capacity: t.capacity } : {}),
    overloaded: t.overloaded,
  };
}

/** The load drawn on the node: "7,000/s · 70%". */
export function trafficText(t: NodeTrafficDecoration, locale: Locale): string {
  const arriving = rate(locale, t.rps);
  return t.utilization !== undefined ? translate(locale, 'trafficNodeLoad', { rate: arriving, pct: loadPercent(t.utilization) }) : arriving;
}

/** The node's tooltip in traffic mode: the breakdown and where the capacity figure comes from. */
export function trafficTitle(t: NodeTrafficDecoration, locale: Locale): string {
  return [
    translate(locale, 'trafficNodeArriving', { rate: rate(locale, t.rps) }),
    translate(locale, 'trafficNodeAbsorbed', { rate: rate(locale, t.absorbed) }),
    ...(t.forwarded > 0 ? [translate(locale, 'trafficNodeForwarded', { rate: rate(locale, t.forwarded) })] : []),
    ...(t.calls > 0 ? [translate(locale, 'trafficNodeCalls', { rate: rate(locale, t.calls) })] : []),
    translate(locale, 'trafficNodeReadsWrites', { reads: formatRate(t.reads), writes: formatRate(t.writes) }),
    t.capacity
      ? translate(locale, 'trafficNodeCapacity', { limit: formatRate(t.capacity.limit), unit: t.capacity.unit[locale], basis: t.capacity.basis[locale] })
      : translate(locale, 'trafficNodeNoCapacity'),
    ...(t.overloaded ? [translate(locale, 'trafficOverloaded')] : []),
  ].join('\n');
}

function findingsDecoration(view: ChangeView, id: string, locale: Locale): NodeFindingsDecoration | undefined {
  const findings = view.findings.get(id);
  const severity = findings && worstSeverity(findings);
  if (!findings || !severity) return undefined;
  const data = dataOutcome(findings);
  return {
    severity,
    ...(data ? { data } : {}),
    codes: findings.map((f) => f.code).join(' '),
    text: findings.map((f) => renderCoreMessage(f, locale)).join('\n'),
  };
}

/** Ghosts of removed components: at their last position when known, else in a row under the design. */
function ghostsOf(view: ChangeView, design: Design, locale: Locale): Ghost[] {
  if (!view.removed.length) return [];
  let bottom = 0;
  let left = 0;
  for (const n of design.nodes) {
    bottom = Math.max(bottom, n.position.y + 120);
    left = Math.min(left, n.position.x);
  }
  let slot = 0;
  return view.removed.map((r) => {
    const node = r.last;
    const label = node ? nodeLabel(node, locale) : (r.label ?? r.id);
    const findings = findingsDecoration(view, r.id, locale);
    const at = node ? node.position : { x: left + 240 * slot++, y: bottom };
    return {
      id: r.id,
      label,
      ...(node && isKind(node.kind) && catalog[node.kind] ? { kind: node.kind } : {}),
      x: at.x,
      y: at.y,
      placed: !node,
      ...(findings ? { findings } : {}),
      logicalIds: r.logicalIds,
    };
  });
}

/**
 * Makes decorations from the traffic result and the change view; per element the same object as
 * last time when its content is the same.
 */
export function createDecorator() {
  const nodeCache = new Map<string, { key: string; value: NodeDecoration }>();
  const edgeCache = new Map<string, { key: string; value: EdgeDecoration }>();
  const keep = <V>(cache: Map<string, { key: string; value: V }>, id: string, value: V): V => {
    const key = JSON.stringify(value);
    const hit = cache.get(id);
    if (hit && hit.key === key) return hit.value;
    cache.set(id, { key, value });
    return value;
  };
  return (design: Design, locale: Locale, traffic: TrafficResult | null, changes: ChangeView | null): Decorations => {
    if (!traffic && !changes) return NO_DECORATIONS;
    const nodes = new Map<string, NodeDecoration>();
    for (const n of design.nodes) {
      const change = changes?.nodes.get(n.id);
      const findings = changes ? findingsDecoration(changes, n.id, locale) : undefined;
      const load = traffic ? trafficOfNode(traffic, n.id) : undefined;
      if (!change && !findings && !load) continue;
      nodes.set(n.id, keep(nodeCache, n.id, { ...(change ? { change } : {}), ...(findings ? { findings } : {}), ...(load ? { traffic: load } : {}) }));
    }
    const edges = new Map<string, EdgeDecoration>();
    if (traffic) {
      for (const e of design.edges) {
        const t = traffic.edges.get(e.id);
        if (!t) continue;
        edges.set(e.id, keep(edgeCache, e.id, { traffic: { rps: Math.round(t.rps), label: rate(locale, t.rps), width: edgeWidth(t.rps, traffic.entryRps) } }));
      }
    }
    return { nodes, edges, ghosts: changes ? ghostsOf(changes, design, locale) : [] };
  };
}
