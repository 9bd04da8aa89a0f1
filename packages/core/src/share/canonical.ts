/**
 * The canonical JSON of a design, used as the share-link payload: compact, in a fixed key order,
 * with every prop that equals its catalog default left out and positions rounded to whole
 * pixels. It is still a valid design document (`parseDesign` fills the defaults back in), so
 * `parseDesign(canonicalDesignJson(d))` gives `normalizeSharedDesign(d)` exactly.
 */
import { catalog, edgePropSpecs, isKind, type PropSpecs } from '../catalog/index';
import type { Design, DesignEdge, DesignNode, Position } from '../model/types';

/** JSON text of a value with object keys sorted at every level; used only to compare values. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return sortedJson(a) === sortedJson(b);
}

/** Whole pixels; `-0` becomes `0` and anything not finite becomes `0`, so JSON carries it exactly. */
function roundCoordinate(n: number): number {
  return Number.isFinite(n) ? Math.round(n) + 0 : 0;
}

export function roundPosition(p: Position): Position {
  return { x: roundCoordinate(p.x), y: roundCoordinate(p.y) };
}

/** Props that differ from the defaults of `specs`, keys sorted. Undefined values are left out. */
function nonDefaultProps(props: Readonly<Record<string, unknown>>, specs: PropSpecs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (value === undefined) continue;
    const spec = Object.prototype.hasOwnProperty.call(specs, key) ? specs[key] : undefined;
    if (spec && sameValue(value, spec.default)) continue;
    out[key] = value;
  }
  return out;
}

function canonicalNode(node: DesignNode): Record<string, unknown> {
  const specs = isKind(node.kind) ? catalog[node.kind].props : {};
  const props = nonDefaultProps(node.props, specs);
  return {
    id: node.id,
    kind: node.kind,
    ...(node.label !== undefined ? { label: node.label } : {}),
    position: roundPosition(node.position),
    ...(Object.keys(props).length ? { props } : {}),
    ...(node.imported ? { imported: node.imported } : {}),
  };
}

function canonicalEdge(edge: DesignEdge, kinds: ReadonlyMap<string, string>): Record<string, unknown> {
  const source = kinds.get(edge.source);
  const target = kinds.get(edge.target);
  const specs = isKind(source) && isKind(target) ? edgePropSpecs(source, target) : {};
  const props = nonDefaultProps(edge.props, specs);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(Object.keys(props).length ? { props } : {}),
    ...(edge.imported ? { imported: true } : {}),
  };
}

/** The design as a plain document object in canonical form (see the module comment). */
export function canonicalDesign(design: Design, options: { readonly baselines?: boolean } = {}): Record<string, unknown> {
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind] as const));
  return {
    format: design.format,
    version: design.version,
    name: design.name,
    nodes: design.nodes.map(canonicalNode),
    ...(design.edges.length ? { edges: design.edges.map((e) => canonicalEdge(e, kinds)) } : {}),
    ...(design.extras !== undefined ? { extras: design.extras } : {}),
    ...(design.resources !== undefined ? { resources: design.resources } : {}),
    ...(design.baselines !== undefined && options.baselines !== false ? { baselines: design.baselines } : {}),
  };
}

/** Compact canonical JSON text of a design (the share-link payload before compression). */
export function canonicalDesignJson(design: Design, options: { readonly baselines?: boolean } = {}): string {
  return JSON.stringify(canonicalDesign(design, options));
}

/**
 * The design as a share link reproduces it: positions rounded to whole pixels. For a design that
 * came out of `parseDesign`, `decodeShareLink(encodeShareLink(d))` equals `normalizeSharedDesign(d)`.
 */
export function normalizeSharedDesign(design: Design): Design {
  if (
    design.nodes.every(
      (n) =>
        roundCoordinate(n.position.x) === n.position.x &&
        roundCoordinate(n.position.y) === n.position.y &&
        !Object.is(n.position.x, -0) &&
        !Object.is(n.position.y, -0),
    )
  ) {
    return design;
  }
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, position: roundPosition(n.position) })) };
}
