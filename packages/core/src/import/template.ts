/**
 * CloudFormation template → design, without loss: what a template defines, the template owns.
 *
 * 1. Classify (`classify.ts`): each resource is the primary resource of a catalog kind (its
 *    kind's importer claims it) or not.
 * 2. Assign owners (`owners.ts`): derived resources (security groups, listeners, launch templates,
 *    roles, subnet groups, bucket policies, …) are held by the node they are attached to.
 * 3. Infer edges (`edges.ts`): connections from the references between nodes, marked `imported`.
 * 4. Keep everything: every resource a node holds and the shared ones (the network) go verbatim
 *    into `Design.resources`; a resource neither held nor shared becomes a generic `cfn-resource`
 *    node; every other section (Parameters, Mappings, Conditions, Rules, Outputs, Metadata,
 *    Transform, Description, the format version) goes verbatim into `extras`. Logical ids never
 *    change. The export writes all of it back and applies only what the user changed.
 * Props are read for the inspector and the rules from a view of the properties with parameter
 * defaults resolved; a prop whose template value is an expression keeps that expression
 * (`imported.expressions`) and is written back unchanged unless the user replaces it.
 */
import { facetsOf, GENERIC_KIND, isGeneric, isKind, type Kind, type ServiceKind } from '../catalog/index';
import type { ImportedResource } from '../catalog/import-facet';
import { LABEL_METADATA_KEY } from '../cfn/context';
import { parseDesign, summarizeErrors } from '../model/parse';
import { controlCharIndex } from '../model/text';
import { DESIGN_FORMAT, DESIGN_VERSION, ID_PATTERN, MAX_NAME_LENGTH, type Design, type DesignNode } from '../model/types';
import { joinUsEast1 } from '../cfn/stacks';
import { classify, readResources, sharedStamp } from './classify';
import { inferEdges } from './edges';
import { importError, type ImportError } from './errors';
import { simpleLayout } from './layout';
import { assignOwners, NETWORK_TYPES } from './owners';
import { PropReader } from './props';
import { isRecord, rec, type Raw } from './values';

export { MAX_RESOURCES } from './classify';
export { MAX_IMPORTED_EDGES } from './edges';

/** Resource attributes kept on `cfn-resource` nodes. */
const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata', 'CreationPolicy', 'UpdatePolicy'] as const;

export interface TemplateImportOptions {
  /** Design name (e.g. from the file name); default from the template's Description, else "imported". */
  readonly name?: string;
}

export type TemplateImportResult =
  { readonly ok: true; readonly design: Design; readonly warnings: readonly string[] } | { readonly ok: false; readonly error: ImportError };

/** `text` cut to `max` UTF-16 units without splitting a surrogate pair (a cut pair would be a lone surrogate). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * The label a resource was drawn with (stamped by our exporter), else its logical id. A stamp a
 * label cannot hold (a control character: hand-edited metadata) is not used; a note says so.
 */
function labelOf(r: ImportedResource, warnings: string[]): string {
  const stamped = rec(rec(r.raw)['Metadata'])[LABEL_METADATA_KEY];
  if (typeof stamped !== 'string' || !stamped.trim()) return r.id;
  if (controlCharIndex(stamped) >= 0) {
    warnings.push(`${r.id}: the label in its metadata holds a control character; the logical id is used as the label`);
    return r.id;
  }
  return clip(stamped, 200);
}

/** `WebServerGroup` → `web-server-group`: a valid, readable node id. */
export function nodeIdFor(logicalId: string): string {
  const kebab = logicalId
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = /^[a-z]/.test(kebab) ? kebab : `r-${kebab}`;
  return id.slice(0, 64).replace(/-+$/, '') || 'r';
}

function unique(base: string, taken: Set<string>): string {
  let id = base.slice(0, 64);
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  taken.add(id);
  return id;
}

/** An intrinsic function value (`{ Ref }`, `{ "Fn::…" }`), as opposed to a literal. */
function isExpression(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

interface RawNode {
  id: string;
  kind: Kind;
  label: string;
  props: Raw;
  /** Held resources, primary first (service kinds). */
  held: string[];
  expressions: Raw;
}

/** Reads a node's props; the props whose template value is an expression keep it. */
function readNodeProps(
  kind: ServiceKind,
  r: ImportedResource,
  members: readonly ImportedResource[],
  byId: ReadonlyMap<string, ImportedResource>,
  warnings: string[],
) {
  const importer = facetsOf(kind).importer!;
  const reader = new PropReader(kind, r.id, warnings);
  importer.readProps(r, { reader, members, byId });
  // The same reading over the properties as written (no parameter defaults), to find the expressions.
  const asWritten = (x: ImportedResource): ImportedResource => ({ ...x, view: x.props });
  const raw = new PropReader(kind, r.id, []);
  importer.readProps(asWritten(r), { reader: raw, members: members.map(asWritten), byId: new Map([...byId].map(([id, x]) => [id, asWritten(x)])) });
  const expressions: Raw = {};
  for (const [key, original] of Object.entries(raw.originals)) if (isExpression(original)) expressions[key] = original;
  return { props: reader.props, expressions };
}

/**
 * Imports a parsed CloudFormation template (plain object, long-form intrinsics). Never throws.
 * Use `importTemplate` (index.ts) for text or untrusted objects: it runs the safety checks first.
 */
export function templateToDesign(input: Raw, options: TemplateImportOptions = {}): TemplateImportResult {
  // A main stack keeps the resources it moved to its us-east-1 companion: one template again.
  const template = joinUsEast1(input);
  const read = readResources(template);
  if (!read.ok) return read;
  const resources = read.resources;
  const byId = new Map(resources.map((r) => [r.id, r]));
  const warnings: string[] = [];

  const kindOf = classify(resources);
  for (const r of resources) {
    if (kindOf.has(r.id) && r.raw['Condition'] !== undefined)
      warnings.push(`${r.id} exists only when the condition ${JSON.stringify(r.raw['Condition'])} holds`);
  }
  const owner = assignOwners(resources, kindOf);

  // Nodes: one per primary resource (stamped ones first, so they keep the ids our exporter gave them),
  // one generic node per resource that no node holds and that is not part of the shared network
  // (or of what our exporter stamped as shared: the access-log bucket and its policy).
  const taken = new Set<string>();
  const nodeIdOf = new Map<string, string>();
  const isShared = (r: ImportedResource) => !owner.has(r.id) && (NETWORK_TYPES.has(r.type) || sharedStamp(r));
  const ordered = [...resources.filter((r) => kindOf.has(r.id) && r.stamp), ...resources.filter((r) => !(kindOf.has(r.id) && r.stamp))];
  for (const r of ordered) {
    if (owner.has(r.id) && owner.get(r.id) !== r.id) continue;
    if (isShared(r)) continue;
    const stamped = kindOf.has(r.id) && r.stamp && ID_PATTERN.test(r.stamp) && !taken.has(r.stamp) ? r.stamp : undefined;
    nodeIdOf.set(r.id, stamped ? unique(stamped, taken) : unique(nodeIdFor(r.id), taken));
  }
  const groupOf = (resourceId: string): string | undefined => {
    const o = owner.get(resourceId);
    return nodeIdOf.get(o ?? resourceId);
  };
  const members = new Map<string, ImportedResource[]>();
  for (const r of resources) {
    const g = owner.has(r.id) ? groupOf(r.id) : undefined;
    if (g) members.set(g, [...(members.get(g) ?? []), r]);
  }

  const nodes: RawNode[] = [];
  const paramsUsed = new Set<string>();
  for (const r of resources) {
    const id = nodeIdOf.get(r.id);
    if (!id) continue;
    const kind = kindOf.get(r.id);
    if (kind) {
      const held = members.get(id) ?? [r];
      const { props, expressions } = readNodeProps(kind, r, held, byId, warnings);
      for (const m of held) for (const name of m.params) paramsUsed.add(name);
      nodes.push({ id, kind, label: labelOf(r, warnings), props, held: [r.id, ...held.filter((m) => m.id !== r.id).map((m) => m.id)], expressions });
    } else {
      const attributes: Raw = {};
      for (const key of ATTRIBUTES) if (r.raw[key] !== undefined) attributes[key] = r.raw[key];
      nodes.push({ id, kind: GENERIC_KIND, label: r.id, props: { type: r.type, logicalId: r.id, properties: r.props, attributes }, held: [], expressions: {} });
    }
  }
  if (paramsUsed.size) {
    const names = [...paramsUsed];
    warnings.push(`props read with the default value of parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}; the template keeps the parameters`);
  }

  const kindOfNode = new Map(nodes.map((n) => [n.id, n.kind]));
  const edges = inferEdges({ resources, byId, kindOf, kindOfNode, groupOf }, warnings);
  const peers = new Map<string, Set<string>>();
  for (const e of edges) {
    (peers.get(e.source) ?? peers.set(e.source, new Set()).get(e.source)!).add(e.target);
    (peers.get(e.target) ?? peers.set(e.target, new Set()).get(e.target)!).add(e.source);
  }

  // Every section but Resources, verbatim.
  const extras: Raw = {};
  for (const [key, value] of Object.entries(template)) {
    if (key === 'Resources') continue;
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) {
      warnings.push(`top-level key ${JSON.stringify(key.slice(0, 40))} is not a template section; dropped`);
      continue;
    }
    extras[key] = value;
  }
  // The resources nodes hold and the shared ones, verbatim and in the template's order (generic nodes keep theirs in their props).
  const kept: Raw = {};
  for (const r of resources) if (owner.has(r.id) || isShared(r)) kept[r.id] = r.raw;

  const description = typeof template['Description'] === 'string' ? template['Description'] : '';
  const ours = /^Stackcanvas design "([^"]{1,100})"/.exec(description)?.[1];
  const name = (options.name?.trim() || ours || description.split(/[\n.]/)[0]?.trim() || 'imported').slice(0, MAX_NAME_LENGTH);
  const positions = simpleLayout(
    nodes.map((n) => n.id),
    edges,
  );
  const parsed = parseDesign({
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name,
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: clip(n.label, 200),
      position: positions.get(n.id),
      props: n.props,
      ...(n.held.length
        ? {
            imported: {
              resources: n.held,
              props: {},
              ...(Object.keys(n.expressions).length ? { expressions: n.expressions } : {}),
              ...(peers.get(n.id)?.size ? { peers: [...peers.get(n.id)!].sort() } : {}),
            },
          }
        : {}),
    })),
    edges: edges.map((e) => ({ ...e, imported: true })),
    ...(Object.keys(extras).length ? { extras } : {}),
    ...(Object.keys(kept).length ? { resources: kept } : {}),
  });
  if (!parsed.ok) {
    // Bounded output: an import never makes a design that `validate` would refuse as too large.
    const first = parsed.errors[0]?.detail;
    if (first?.code === 'SC-D032') return importError('too-large', 'SC-I028', { limit: first.params['limit']! });
    if (first?.code === 'SC-D027') return importError('too-large', 'SC-I029', { count: first.params['count']!, limit: first.params['limit']! });
    return importError('invalid-template', 'SC-I024', { detail: summarizeErrors(parsed.errors) });
  }
  // The props an imported node shows right after the import (defaults filled): edits are what differs from these.
  const design: Design = {
    ...parsed.design,
    nodes: parsed.design.nodes.map((n): DesignNode => (n.imported ? { ...n, imported: { ...n.imported, props: n.props } } : n)),
  };
  return { ok: true, design, warnings };
}

export function isServiceKind(kind: string): kind is ServiceKind {
  return isKind(kind) && !isGeneric(kind);
}
