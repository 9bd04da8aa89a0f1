/**
 * Pure operations on a design document. Every operation returns a new `Design` and keeps the
 * identity of everything it did not change (structural sharing): a move makes new node objects
 * that keep the same `props` object and leaves `design.edges` identical, so consumers can skip
 * work (the diagnostics hook does not re-validate on position-only changes).
 *
 * New ids come from names (the kind, or the copied node's id) plus the first free number, never
 * from order of calls or chance, so the same edit on the same document gives the same ids.
 */
import { canConnect, catalog, defaultProps, edgePropSpecs, type Kind } from '../catalog/index';
import {
  ID_PATTERN,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  type Baseline,
  type Design,
  type DesignEdge,
  type DesignNode,
  type EnvironmentName,
  type Position,
} from './types';

/** The first id free in `taken`: `base`, then `base-2`, `base-3`, … (kept within the id pattern). */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  let clean = base.replace(/[^A-Za-z0-9-]/g, '-').replace(/^[^A-Za-z]+/, '');
  if (!clean) clean = 'n';
  clean = clean.slice(0, 56);
  if (!taken.has(clean) && ID_PATTERN.test(clean)) return clean;
  // `web-2` copied again becomes `web-3`, not `web-2-2`.
  const stem = clean.replace(/-\d+$/, '') || clean;
  for (let i = 2; ; i++) {
    const id = `${stem}-${i}`;
    if (!taken.has(id)) return id;
  }
}

function nodeIds(design: Design): Set<string> {
  return new Set(design.nodes.map((n) => n.id));
}

function edgeIds(design: Design): Set<string> {
  return new Set(design.edges.map((e) => e.id));
}

export interface AddNodeOptions {
  readonly id?: string;
  readonly label?: string;
  readonly props?: Readonly<Record<string, unknown>>;
}

/** Adds a node of `kind` at `position` with the kind's default props. Returns the design and the new id. */
export function addNode(design: Design, kind: Kind, position: Position, options: AddNodeOptions = {}): { design: Design; id: string } {
  const taken = nodeIds(design);
  const id = options.id && !taken.has(options.id) && ID_PATTERN.test(options.id) ? options.id : freeId(options.id ?? kind, taken);
  const node: DesignNode = {
    id,
    kind,
    ...(options.label !== undefined ? { label: options.label } : {}),
    position: { x: position.x, y: position.y },
    props: { ...defaultProps(catalog[kind].props), ...(options.props ?? {}) },
  };
  return { design: { ...design, nodes: [...design.nodes, node] }, id };
}

/** Removes nodes (with every edge touching them) and edges. Unknown ids are ignored. */
export function removeElements(design: Design, remove: { readonly nodes?: readonly string[]; readonly edges?: readonly string[] }): Design {
  const goneNodes = new Set(remove.nodes ?? []);
  const goneEdges = new Set(remove.edges ?? []);
  const nodes = goneNodes.size ? design.nodes.filter((n) => !goneNodes.has(n.id)) : design.nodes;
  const edges = design.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target));
  const nodesChanged = nodes.length !== design.nodes.length;
  const edgesChanged = edges.length !== design.edges.length;
  if (!nodesChanged && !edgesChanged) return design;
  // A deleted node made from an imported template takes the resources it holds with it.
  const heldGone = new Set(design.nodes.filter((n) => goneNodes.has(n.id)).flatMap((n) => n.imported?.resources ?? []));
  const resources =
    heldGone.size && design.resources ? Object.fromEntries(Object.entries(design.resources).filter(([id]) => !heldGone.has(id))) : design.resources;
  return {
    ...design,
    nodes: nodesChanged ? nodes : design.nodes,
    edges: edgesChanged ? edges : design.edges,
    ...(resources !== design.resources ? { resources } : {}),
  };
}

/**
 * Moves nodes to new positions. Nodes whose position does not change keep their identity; moved
 * nodes keep their `props` object; `design.edges` stays the same array.
 */
export function moveNodes(design: Design, positions: Readonly<Record<string, Position>> | ReadonlyMap<string, Position>): Design {
  const get =
    positions instanceof Map
      ? (id: string) => positions.get(id)
      : (id: string) => (Object.prototype.hasOwnProperty.call(positions, id) ? (positions as Record<string, Position>)[id] : undefined);
  let changed = false;
  const nodes = design.nodes.map((n) => {
    const p = get(n.id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y) || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...design, nodes } : design;
}

/** Moves nodes by an offset (arrow-key nudge). */
export function nudgeNodes(design: Design, ids: readonly string[], dx: number, dy: number): Design {
  const wanted = new Set(ids);
  const positions = new Map<string, Position>();
  for (const n of design.nodes) if (wanted.has(n.id)) positions.set(n.id, { x: n.position.x + dx, y: n.position.y + dy });
  return moveNodes(design, positions);
}

export type ConnectResult =
  { readonly ok: true; readonly design: Design; readonly id: string } | { readonly ok: false; readonly reason: 'missing' | 'self' | 'refused' | 'duplicate' };

/**
 * Connects `source → target` (caller → callee) when the catalog allows it. The edge gets the
 * connection's default props (merged with `props`); its id is `<source>-<target>`.
 */
export function connect(design: Design, source: string, target: string, props: Readonly<Record<string, unknown>> = {}): ConnectResult {
  const s = design.nodes.find((n) => n.id === source);
  const t = design.nodes.find((n) => n.id === target);
  if (!s || !t) return { ok: false, reason: 'missing' };
  if (source === target) return { ok: false, reason: 'self' };
  if (!canConnect(s.kind, t.kind)) return { ok: false, reason: 'refused' };
  const specs = edgePropSpecs(s.kind, t.kind);
  // Two edges between the same pair are only meaningful when they carry different props (two CloudFront behaviors).
  if (Object.keys(specs).length === 0 && design.edges.some((e) => e.source === source && e.target === target)) {
    return { ok: false, reason: 'duplicate' };
  }
  const id = freeId(`${source}-${target}`, edgeIds(design));
  const edge: DesignEdge = { id, source, target, props: { ...defaultProps(specs), ...props } };
  return { ok: true, design: { ...design, edges: [...design.edges, edge] }, id };
}

/** Merges a patch into a record; `undefined` removes the key. Returns the same object when nothing changes. */
function patchRecord(base: Readonly<Record<string, unknown>>, patch: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(patch)) {
    const has = Object.prototype.hasOwnProperty.call(base, key);
    if (value === undefined ? !has : has && Object.is(base[key], value)) continue;
    out ??= { ...base };
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out ?? base;
}

/** Sets props of a node (`undefined` clears an optional prop). Other nodes and the edges are kept. */
export function updateNodeProps(design: Design, id: string, patch: Readonly<Record<string, unknown>>): Design {
  const i = design.nodes.findIndex((n) => n.id === id);
  const node = design.nodes[i];
  if (!node) return design;
  const props = patchRecord(node.props, patch);
  if (props === node.props) return design;
  const nodes = design.nodes.slice();
  nodes[i] = { ...node, props };
  return { ...design, nodes };
}

/** Sets props of an edge (e.g. CloudFront's `pathPattern`; `undefined` clears it). */
export function updateEdgeProps(design: Design, id: string, patch: Readonly<Record<string, unknown>>): Design {
  const i = design.edges.findIndex((e) => e.id === id);
  const edge = design.edges[i];
  if (!edge) return design;
  const props = patchRecord(edge.props, patch);
  if (props === edge.props) return design;
  const edges = design.edges.slice();
  edges[i] = { ...edge, props };
  return { ...design, edges };
}

/** Sets a node's label; empty or `undefined` removes it (the kind's name is shown). Cut to the label limit. */
export function setNodeLabel(design: Design, id: string, label: string | undefined): Design {
  const i = design.nodes.findIndex((n) => n.id === id);
  const node = design.nodes[i];
  if (!node) return design;
  const next = label === undefined || label === '' ? undefined : label.slice(0, MAX_LABEL_LENGTH);
  if (next === node.label) return design;
  const { label: _old, ...rest } = node;
  const nodes = design.nodes.slice();
  nodes[i] = next === undefined ? rest : { ...rest, label: next };
  return { ...design, nodes };
}

/** Renames the design (trimmed, cut to the name limit; empty becomes "untitled"). */
export function renameDesign(design: Design, name: string): Design {
  const next = name.trim().slice(0, MAX_NAME_LENGTH) || 'untitled';
  return next === design.name ? design : { ...design, name: next };
}

/** A copied group: nodes and the edges whose both ends are in the group. */
export interface Fragment {
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
}

/** The nodes `ids` and the edges between them (edges to nodes outside the group are left out). */
export function copyFragment(design: Design, ids: readonly string[]): Fragment {
  const wanted = new Set(ids);
  // A copy is a new component: it holds none of the imported resources (the export generates its own).
  const nodes = design.nodes.filter((n) => wanted.has(n.id)).map(({ imported: _held, ...n }) => n);
  const edges = design.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target)).map(({ imported: _wired, ...e }) => e);
  return { nodes, edges };
}

/**
 * Pastes a fragment shifted by `offset`, with new ids derived from the copied ones (`web` →
 * `web-2`); inner edges are re-pointed to the copies. Returns the design and the new node and edge ids.
 */
export function pasteFragment(design: Design, fragment: Fragment, offset: Position): { design: Design; nodes: string[]; edges: string[] } {
  const takenNodes = nodeIds(design);
  const takenEdges = edgeIds(design);
  const idMap = new Map<string, string>();
  const nodes: DesignNode[] = [];
  for (const n of fragment.nodes) {
    if (idMap.has(n.id)) continue;
    const id = freeId(n.id, takenNodes);
    takenNodes.add(id);
    idMap.set(n.id, id);
    // A copy is a new component: it holds none of the imported resources (the export generates its own).
    const { imported: _held, ...rest } = n;
    nodes.push({ ...rest, id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } });
  }
  const edges: DesignEdge[] = [];
  for (const e of fragment.edges) {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    if (!source || !target) continue;
    const id = freeId(`${source}-${target}`, takenEdges);
    takenEdges.add(id);
    const { imported: _wired, ...rest } = e;
    edges.push({ ...rest, id, source, target });
  }
  if (!nodes.length) return { design, nodes: [], edges: [] };
  return {
    design: { ...design, nodes: [...design.nodes, ...nodes], edges: edges.length ? [...design.edges, ...edges] : design.edges },
    nodes: nodes.map((n) => n.id),
    edges: edges.map((e) => e.id),
  };
}

/** Duplicates nodes `ids` (keeping the edges between them) next to the originals. */
export function duplicateNodes(design: Design, ids: readonly string[], offset: Position = { x: 40, y: 40 }) {
  return pasteFragment(design, copyFragment(design, ids), offset);
}

/**
 * Stores a deployed baseline for an environment (the change-set preview compares against it):
 * "Mark as deployed" passes the design's current export, `source: 'marked'`; a template loaded
 * from the stack (`aws cloudformation get-template`) passes `source: 'loaded'`.
 */
export function setBaseline(
  design: Design,
  environment: EnvironmentName,
  template: Readonly<Record<string, unknown>>,
  at: string,
  source: Baseline['source'],
): Design {
  return { ...design, baselines: { ...design.baselines, [environment]: { template: structuredClone(template) as Record<string, unknown>, at, source } } };
}

/** Forgets the baseline of an environment. */
export function removeBaseline(design: Design, environment: EnvironmentName): Design {
  if (!design.baselines?.[environment]) return design;
  const { [environment]: _gone, ...rest } = design.baselines;
  const { baselines: _all, ...without } = design;
  return Object.keys(rest).length ? { ...design, baselines: rest } : without;
}
