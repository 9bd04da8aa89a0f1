/**
 * Import, step 3: connections from the references between groups (a node and the resources it
 * holds): origins, target groups, security-group ingress, IAM policy resources, WAF
 * associations, … Direction comes from the catalog (a pair of kinds allows only one direction).
 * Every connection found is marked `imported`: its wiring is already in the held resources.
 */
import { canConnect, facetsOf, isGeneric, type Kind, type ServiceKind } from '../catalog/index';
import type { ImportedResource } from '../catalog/import-facet';
import { EDGE_METADATA_KEY } from '../cfn/context';
import { ID_PATTERN } from '../model/types';
import { collectRefs, dependsOn } from './refs';
import { rec, type Raw } from './values';

/** Most connections drawn for an import; a template that references everything from everywhere stops here. */
export const MAX_IMPORTED_EDGES = 2000;

export interface ImportedEdge {
  id: string;
  readonly source: string;
  readonly target: string;
  props: Raw;
}

export interface EdgeInput {
  readonly resources: readonly ImportedResource[];
  readonly byId: ReadonlyMap<string, ImportedResource>;
  /** The primary kind of each primary resource. */
  readonly kindOf: ReadonlyMap<string, ServiceKind>;
  /** The node of each node's kind. */
  readonly kindOfNode: ReadonlyMap<string, Kind>;
  /** The node a resource belongs to (held by it, or a generic node of its own); undefined for shared resources. */
  readonly groupOf: (resourceId: string) => string | undefined;
}

function unique(base: string, taken: Set<string>): string {
  let id = base.slice(0, 64);
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}

export function inferEdges({ resources, byId, kindOf, kindOfNode, groupOf }: EdgeInput, warnings: string[]): ImportedEdge[] {
  const edgeKeys = new Map<string, ImportedEdge>();
  const edges: ImportedEdge[] = [];
  let dropped = 0;
  const refsOf = (r: ImportedResource) => collectRefs(r.props).filter((id) => byId.has(id) && id !== r.id);
  const addEdge = (a: string, b: string, props: Raw = {}) => {
    if (a === b) return;
    const ka = kindOfNode.get(a)!;
    const kb = kindOfNode.get(b)!;
    let source = a;
    let target = b;
    if (!isGeneric(ka) && !isGeneric(kb)) {
      if (canConnect(ka, kb)) [source, target] = [a, b];
      else if (canConnect(kb, ka)) [source, target] = [b, a];
      else return;
    } else if (isGeneric(ka) && !isGeneric(kb)) {
      // A generic resource referring to a node: drawn from it (the node may not point at it).
      [source, target] = [a, b];
    }
    const key = `${source}>${target}`;
    const existing = edgeKeys.get(key) ?? edgeKeys.get(`${target}>${source}`);
    if (existing) {
      // The same connection seen from another resource first (a bucket policy naming the
      // distribution before the distribution names its origin): the props come from whichever
      // resource has them, whatever the order of the logical ids (and so of the labels' script).
      if (!Object.keys(existing.props).length && Object.keys(props).length) existing.props = props;
      return;
    }
    if (edges.length >= MAX_IMPORTED_EDGES) {
      dropped++;
      return;
    }
    const edge: ImportedEdge = { id: '', source, target, props };
    edgeKeys.set(key, edge);
    edges.push(edge);
  };
  // Edge ids our exporter stamped (`Stackcanvas::Edge`) on resources derived from one edge.
  const referrers = new Map<string, string[]>();
  for (const r of resources) for (const ref of refsOf(r)) referrers.set(ref, [...(referrers.get(ref) ?? []), r.id]);
  const stampOfPair = new Map<string, string>();
  for (const r of resources) {
    const stamp = rec(r.raw['Metadata'])[EDGE_METADATA_KEY];
    const g = groupOf(r.id);
    if (typeof stamp !== 'string' || !ID_PATTERN.test(stamp) || !g) continue;
    for (const other of [...refsOf(r), ...(referrers.get(r.id) ?? [])]) {
      const h = groupOf(other);
      const key = [g, h].sort().join('|');
      if (h && h !== g && !stampOfPair.has(key)) stampOfPair.set(key, stamp);
    }
  }
  for (const r of resources) {
    const from = groupOf(r.id);
    if (!from) continue;
    const kind = kindOf.get(r.id);
    const importer = kind ? facetsOf(kind).importer : undefined;
    const serviceRefs = importer?.serviceRefs?.(r, (v) => collectRefs(v));
    for (const ref of [...refsOf(r), ...dependsOn(r.raw).filter((d) => byId.has(d))]) {
      const to = groupOf(ref);
      if (!to || to === from) continue;
      if (serviceRefs && !serviceRefs.has(ref) && !isGeneric(kindOfNode.get(to)!)) continue;
      addEdge(from, to, importer?.edgeProps?.(r, ref, to, groupOf, warnings) ?? {});
    }
  }
  if (dropped) warnings.push(`${dropped} more references between resources are not drawn (at most ${MAX_IMPORTED_EDGES} connections)`);
  const edgeIds = new Set<string>();
  for (const e of edges) {
    const stamp = stampOfPair.get([e.source, e.target].sort().join('|'));
    if (stamp && !edgeIds.has(stamp)) {
      e.id = stamp;
      edgeIds.add(stamp);
    }
  }
  for (const e of edges) if (!e.id) e.id = unique(`${e.source}-${e.target}`, edgeIds);
  return edges;
}
