/**
 * CloudFormation template → design.
 *
 * 1. Every resource is classified: a *primary* resource maps to a catalog kind (a bucket → `s3`,
 *    a DAX cluster → `dax`, …); a *derived* resource is one the exporter generates from a node
 *    (security groups, listeners, target groups, launch templates, roles, subnet groups, OAC,
 *    bucket policies, the network); anything else becomes a `cfn-resource` node, kept verbatim.
 * 2. Derived resources find their owner node through the properties that attach them
 *    (`LoadBalancer.SecurityGroups`, `Listener.LoadBalancerArn`, `DAX.IAMRoleARN`, …) and fold into
 *    it. A derived resource that a kept resource (or Outputs) refers to is kept too, so nothing
 *    kept ever points at a resource that is gone. Resources stamped with
 *    `Metadata: { "Stackcanvas::Node": id }` by our exporter always fold (it regenerates them).
 * 3. Edges come from references between the groups (a node and what folded into it): origins,
 *    target groups, security-group ingress, IAM policy resources, WAF associations, … Direction
 *    comes from the catalog (the pair of kinds allows only one direction).
 * 4. Sections the designer does not model (Parameters, Mappings, Conditions, Outputs, …) go to
 *    `extras`; references in kept parts are renamed to the logical ids the exporter will give.
 */
import { canConnect, definitionOf, facetsOf, GENERIC_KIND, isGeneric, isKind, KINDS, type Kind, type ServiceKind } from '../catalog/index';
import type { ImportedResource } from '../catalog/import-facet';
import { NETWORK_IDS } from '../cfn/context';
import { assignLogicalIds } from '../cfn/logical-ids';
import { toCloudFormation } from '../cfn/template';
import { parseDesign, summarizeErrors } from '../model/parse';
import { DESIGN_FORMAT, DESIGN_VERSION, ID_PATTERN, MAX_NAME_LENGTH, type Design } from '../model/types';
// The metadata keys our exporter stamps: every resource it emits for a node, the ones derived from
// one edge, and the label on a node's primary resource.
import { EDGE_METADATA_KEY, LABEL_METADATA_KEY, NODE_METADATA_KEY, SHARED_METADATA_KEY } from '../cfn/context';
import { joinUsEast1 } from '../cfn/stacks';
import { importError, type ImportError } from './errors';
import { simpleLayout } from './layout';
import { isRecord, list, PropReader, rec, type Raw } from './props';
import { collectRefs, dependsOn, renameDependsOn, renameRefs } from './refs';

/** The label a resource was drawn with (stamped by our exporter), else its logical id. */
function labelOf(r: { readonly id: string; readonly raw: unknown }): string {
  const stamped = rec(rec(r.raw)['Metadata'])[LABEL_METADATA_KEY];
  return typeof stamped === 'string' && stamped.trim() ? stamped.slice(0, 200) : r.id;
}

/** Most resources a template may have (CloudFormation's own quota is 500). */
export const MAX_RESOURCES = 2000;
/** Most connections drawn for an import; a template that references everything from everywhere stops here. */
export const MAX_IMPORTED_EDGES = 2000;
/** Resource attributes kept on `cfn-resource` nodes. */
const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata', 'CreationPolicy', 'UpdatePolicy'] as const;
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

export interface TemplateImportOptions {
  /** Design name (e.g. from the file name); default from the template's Description, else "imported". */
  readonly name?: string;
}

export type TemplateImportResult =
  { readonly ok: true; readonly design: Design; readonly warnings: readonly string[] } | { readonly ok: false; readonly error: ImportError };

type Resource = ImportedResource;

/**
 * Replaces `{ Ref: P }` by P's default when P is a parameter with a scalar default, and
 * `Fn::FindInMap` by the mapped value when its keys are literal (or such parameters); records
 * which parameters were used. A parameter that allows "prod" (our exporter's `EnvironmentName`)
 * is read as "prod" inside FindInMap: the design's sizes are the production ones, dev may be
 * scaled down.
 */
function withParameterDefaults(value: unknown, template: Raw, used: Set<string>, inMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withParameterDefaults(v, template, used, inMap));
  if (!isRecord(value)) return value;
  const params = rec(template['Parameters']);
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof value['Ref'] === 'string') {
    const name = value['Ref'];
    const param = Object.prototype.hasOwnProperty.call(params, name) ? rec(params[name]) : undefined;
    if (!param) return value;
    if (inMap && list(param['AllowedValues']).includes('prod')) {
      used.add(name);
      return 'prod';
    }
    const def = param['Default'];
    if (typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean') {
      used.add(name);
      return def;
    }
    return value;
  }
  if (keys.length === 1 && keys[0] === 'Fn::FindInMap' && Array.isArray(value['Fn::FindInMap'])) {
    const args = value['Fn::FindInMap'].map((a) => withParameterDefaults(a, template, used, true));
    if (args.length === 3 && args.every((a) => typeof a === 'string')) {
      const [map, k1, k2] = args as [string, string, string];
      const hit = rec(rec(rec(template['Mappings'])[map])[k1])[k2];
      if (hit !== undefined && (typeof hit !== 'object' || hit === null)) return hit;
    }
    return value;
  }
  const out: Raw = {};
  for (const key of keys) out[key] = withParameterDefaults(value[key], template, used, inMap);
  return out;
}

/** The kind whose importer claims a resource as its primary resource, if any. */
function primaryKind(r: Resource): ServiceKind | undefined {
  for (const kind of KINDS) if (facetsOf(kind).importer?.claims(r)) return kind;
  return undefined;
}

/**
 * Resources that fold into the node that owns them: what the kinds declare (listeners, launch
 * templates, subnet groups, …) and what every kind in the VPC or with a role may have (security
 * groups and their rules, IAM roles and policies).
 */
const SHARED_DERIVED: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': [],
  'AWS::EC2::SecurityGroupIngress': ['GroupId', 'GroupName'],
  'AWS::EC2::SecurityGroupEgress': ['GroupId'],
  'AWS::IAM::Role': [],
  'AWS::IAM::InstanceProfile': [],
  'AWS::IAM::Policy': ['Roles'],
  'AWS::IAM::RolePolicy': ['RoleName'],
  'AWS::IAM::ManagedPolicy': ['Roles'],
};
let ownerProps: Readonly<Record<string, readonly string[]>> | undefined;

/** Derived type → the properties by which such a resource names its owner (shared, then each kind's). */
function ownerPropsTable(): Readonly<Record<string, readonly string[]>> {
  if (!ownerProps)
    ownerProps = Object.assign({}, SHARED_DERIVED, ...KINDS.map((k) => facetsOf(k).importer?.derived ?? {})) as Record<string, readonly string[]>;
  return ownerProps;
}

/** The shared network, generated once by the exporter when a node lives in the VPC. */
const NETWORK = new Set([
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
]);

/** Properties that point at *another* node's resources (relations, not ownership). */
const RELATION_PROPS: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': ['SecurityGroupIngress', 'SecurityGroupEgress', 'VpcId', 'Tags'],
  'AWS::EC2::SecurityGroupIngress': ['SourceSecurityGroupId', 'SourceSecurityGroupName'],
  'AWS::EC2::SecurityGroupEgress': ['DestinationSecurityGroupId'],
  'AWS::IAM::Role': ['Policies', 'ManagedPolicyArns', 'AssumeRolePolicyDocument'],
  'AWS::IAM::Policy': ['PolicyDocument'],
  'AWS::IAM::RolePolicy': ['PolicyDocument'],
  'AWS::IAM::ManagedPolicy': ['PolicyDocument'],
  'AWS::WAFv2::WebACLAssociation': ['ResourceArn'],
  'AWS::S3::BucketPolicy': ['PolicyDocument'],
  'AWS::EC2::LaunchTemplate': [],
};

/** Relation properties of a resource: the shared ones, or what the kind claiming it declares. */
function relationProps(r: Resource, kind: ServiceKind | undefined): readonly string[] | undefined {
  if (kind) {
    const declared = facetsOf(kind).importer?.relations;
    if (declared) return declared;
  }
  return RELATION_PROPS[r.type];
}

/** JSON text with sorted keys: equality of template values whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * Removes from `extras` what the exporter generates anyway for this design (its parameters,
 * EnvironmentSizes mapping, conditions, outputs, interface metadata, description). Extras win
 * over generated entries on export, so keeping a stale copy of a generated entry would freeze
 * it: re-importing our own template must give back only what the user added.
 */
function dropRegenerated(extras: Raw, name: string, nodes: readonly { id: string; kind: Kind; label: string; props: Raw }[], edges: readonly unknown[]): void {
  const parsed = parseDesign({
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name,
    nodes: nodes.map(({ id, kind, label, props }) => ({ id, kind, label: label.slice(0, 200), props })),
    edges,
  });
  if (!parsed.ok) return;
  let generated: Raw;
  try {
    generated = toCloudFormation(parsed.design) as unknown as Raw;
  } catch {
    return; // the design cannot be exported as is (e.g. clashing ids): keep every extra
  }
  for (const [section, value] of Object.entries(extras)) {
    const mine = generated[section];
    if (mine === undefined) continue;
    if (isRecord(value) && isRecord(mine)) {
      const rest: Raw = {};
      for (const [key, entry] of Object.entries(value)) if (canonical(entry) !== canonical(mine[key])) rest[key] = entry;
      if (Object.keys(rest).length) extras[section] = rest;
      else delete extras[section];
    } else if (canonical(value) === canonical(mine)) {
      delete extras[section];
    }
  }
}

function without(props: Raw, keys: readonly string[]): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(props)) if (!keys.includes(k)) out[k] = v;
  return out;
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

function readResources(template: Raw): { ok: true; resources: Resource[] } | { ok: false; error: ImportError } {
  const section = template['Resources'];
  if (!isRecord(section)) {
    return importError('invalid-template', 'the template has no Resources section (a mapping of logical ids to resources)', '$.Resources');
  }
  const entries = Object.entries(section);
  if (entries.length === 0) return importError('invalid-template', 'the template has no resources', '$.Resources');
  if (entries.length > MAX_RESOURCES) {
    return importError('too-large', `the template has ${entries.length} resources; the limit is ${MAX_RESOURCES}`, '$.Resources');
  }
  const resources: Resource[] = [];
  for (const [id, value] of entries) {
    const path = `$.Resources.${id}`;
    if (!LOGICAL_ID.test(id)) {
      return importError('invalid-template', `${JSON.stringify(id.slice(0, 80))} is not a logical id (letters and digits only, at most 255)`, '$.Resources');
    }
    if (!isRecord(value)) return importError('invalid-template', `${path}: expected a resource (a mapping with Type)`, path);
    const type = value['Type'];
    if (typeof type !== 'string' || !type)
      return importError('invalid-template', `${path}.Type: expected a resource type such as AWS::S3::Bucket`, `${path}.Type`);
    if (value['Properties'] !== undefined && value['Properties'] !== null && !isRecord(value['Properties'])) {
      return importError('invalid-template', `${path}.Properties: expected a mapping`, `${path}.Properties`);
    }
    const stamp = rec(value['Metadata'])[NODE_METADATA_KEY];
    const props = rec(value['Properties']);
    const used = new Set<string>();
    const view = rec(withParameterDefaults(props, template, used));
    resources.push({ id, type, raw: value, props, view, stamp: typeof stamp === 'string' ? stamp : undefined, params: [...used] });
  }
  return { ok: true, resources };
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

  // 1. Classify. (Shared resources our exporter stamped, the network and the access logs, are regenerated.)
  const shared = (r: Resource) => rec(r.raw['Metadata'])[SHARED_METADATA_KEY] !== undefined;
  const kindOf = new Map<string, ServiceKind>();
  for (const r of resources) {
    if (shared(r)) continue;
    const kind = primaryKind(r);
    if (!kind) continue;
    if (r.raw['Condition'] !== undefined) {
      warnings.push(`${r.id} (${r.type}) has a Condition; kept as a generic resource so the condition is not lost`);
      continue;
    }
    kindOf.set(r.id, kind);
  }
  // Our exporter may emit two primary resources for one node (a WAF node's CloudFront-scope and
  // regional web ACLs, `Acl` and `AclRegional`): the shortest logical id is the node, the other
  // folds into it.
  const primaryOfStamp = new Map<string, Resource>();
  for (const r of resources) {
    if (!kindOf.has(r.id) || !r.stamp) continue;
    const first = primaryOfStamp.get(r.stamp);
    if (first && kindOf.get(first.id) === kindOf.get(r.id)) {
      const [keep, fold] = first.id.length <= r.id.length ? [first, r] : [r, first];
      kindOf.delete(fold.id);
      primaryOfStamp.set(r.stamp, keep);
    } else if (!first) primaryOfStamp.set(r.stamp, r);
  }
  const OWNER_PROPS = ownerPropsTable();
  const isDerived = (r: Resource) => r.type in OWNER_PROPS && !kindOf.has(r.id);
  const refsOf = (r: Resource, exclude: readonly string[] = []) => collectRefs(without(r.props, exclude)).filter((id) => byId.has(id) && id !== r.id);

  // 2. Owners: walk from each primary through attaching references.
  const owner = new Map<string, string>();
  const queue: string[] = [];
  for (const r of resources) {
    if (kindOf.has(r.id)) {
      owner.set(r.id, r.id);
      queue.push(r.id);
    }
  }
  // Derived resources by the resource their owner property names (Listener → its load balancer, …).
  const attachedTo = new Map<string, Resource[]>();
  for (const d of resources) {
    const ownerProps = OWNER_PROPS[d.type];
    if (!ownerProps) continue;
    for (const id of new Set(ownerProps.flatMap((p) => collectRefs(d.props[p])))) attachedTo.set(id, [...(attachedTo.get(id) ?? []), d]);
  }
  for (let i = 0; i < queue.length; i++) {
    const r = byId.get(queue[i]!)!;
    const group = owner.get(r.id)!;
    const claim = (child: Resource) => {
      if (owner.has(child.id) || !isDerived(child) || child.raw['Condition'] !== undefined) return;
      owner.set(child.id, group);
      queue.push(child.id);
    };
    const excluded = [...(relationProps(r, kindOf.get(r.id)) ?? ['Tags']), ...(OWNER_PROPS[r.type] ?? [])];
    for (const id of refsOf(r, excluded)) claim(byId.get(id)!);
    for (const d of attachedTo.get(r.id) ?? []) if (!owner.has(d.id)) claim(d);
  }
  // Stamped derived resources fold into the node their stamp names, even when unattached.
  const nodeIdOfStamp = new Map<string, string>();
  for (const r of resources) if (kindOf.has(r.id) && r.stamp) nodeIdOfStamp.set(r.stamp, r.id);
  for (const r of resources) {
    if (owner.has(r.id) || !r.stamp) continue;
    const group = nodeIdOfStamp.get(r.stamp);
    if (group) owner.set(r.id, group); // whatever its type: the exporter regenerates it
  }

  // 3. Fold or keep: network folds when some node lives in the VPC; anything a kept resource or
  // a kept section refers to is kept as well (fixpoint), unless our exporter stamped it.
  const anyInVpc = [...kindOf.values()].some((k) => definitionOf(k).network !== undefined);
  const folded = new Set<string>();
  for (const r of resources) {
    if (kindOf.has(r.id)) continue;
    if (owner.has(r.id) || shared(r)) folded.add(r.id);
    else if (NETWORK.has(r.type) && (anyInVpc || r.stamp) && r.raw['Condition'] === undefined) folded.add(r.id);
  }
  const extrasRefs = collectRefs(without(template, ['Resources']));
  for (let changed = true; changed;) {
    changed = false;
    const keptIds = resources.filter((r) => !kindOf.has(r.id) && !folded.has(r.id)).map((r) => r.id);
    const wanted = [...extrasRefs];
    for (const id of keptIds) {
      const r = byId.get(id)!;
      wanted.push(...collectRefs(r.raw), ...dependsOn(r.raw));
    }
    for (const id of wanted) {
      const r = byId.get(id);
      if (r && folded.has(id) && !r.stamp && !shared(r)) {
        folded.delete(id);
        owner.delete(id);
        changed = true;
      }
    }
  }
  const network: string[] = [];
  for (const r of resources) {
    if (!folded.has(r.id) || r.stamp) continue;
    const into = owner.get(r.id);
    if (into) warnings.push(`${r.id} (${r.type}) folded into node ${into}; the export regenerates it from the design`);
    else network.push(r.id);
  }
  if (network.length && !resources.some((r) => r.stamp)) {
    warnings.push(`the network (${network.join(', ')}) folded; the export generates its own VPC`);
  }

  // 4. Nodes.
  const taken = new Set<string>();
  const nodeIdOf = new Map<string, string>();
  const ordered = [...resources.filter((r) => kindOf.has(r.id) && r.stamp), ...resources.filter((r) => !(kindOf.has(r.id) && r.stamp))];
  for (const r of ordered) {
    if (folded.has(r.id)) continue;
    const stamped = kindOf.has(r.id) && r.stamp && ID_PATTERN.test(r.stamp) && !taken.has(r.stamp) ? r.stamp : undefined;
    nodeIdOf.set(r.id, stamped ? unique(stamped, taken) : unique(nodeIdFor(r.id), taken));
  }
  const groupOf = (resourceId: string): string | undefined => {
    const o = owner.get(resourceId);
    if (o) return nodeIdOf.get(o);
    return folded.has(resourceId) ? undefined : nodeIdOf.get(resourceId);
  };
  const members = new Map<string, Resource[]>();
  for (const r of resources) {
    const g = groupOf(r.id);
    if (g) members.set(g, [...(members.get(g) ?? []), r]);
  }

  interface RawNode {
    id: string;
    kind: Kind;
    label: string;
    props: Raw;
    logicalId: string;
  }
  const nodes: RawNode[] = [];
  const paramsUsed = new Set<string>();
  for (const r of resources) {
    const id = nodeIdOf.get(r.id);
    if (!id) continue;
    const kind = kindOf.get(r.id);
    if (kind) {
      const reader = new PropReader(kind, r.id, warnings);
      facetsOf(kind).importer!.readProps(r, { reader, members: members.get(id) ?? [r], byId });
      for (const m of members.get(id) ?? [r]) for (const name of m.params) paramsUsed.add(name);
      nodes.push({ id, kind, label: labelOf(r), props: reader.props, logicalId: r.id });
    } else {
      nodes.push({ id, kind: GENERIC_KIND, label: r.id, props: { type: r.type, logicalId: r.id }, logicalId: r.id });
    }
  }

  if (paramsUsed.size) {
    const names = [...paramsUsed].filter((n) => n !== 'EnvironmentName' && n !== 'LatestAmiId');
    if (names.length) warnings.push(`props read with the default value of parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }

  // 5. Edges from references between groups.
  const kindOfNode = new Map(nodes.map((n) => [n.id, n.kind]));
  const edgeKeys = new Set<string>();
  const edges: { id: string; source: string; target: string; props: Raw }[] = [];
  const edgeIds = new Set<string>();
  let edgesDropped = 0;
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
    if (edgeKeys.has(key) || edgeKeys.has(`${target}>${source}`)) return;
    if (edges.length >= MAX_IMPORTED_EDGES) {
      edgesDropped++;
      return;
    }
    edgeKeys.add(key);
    edges.push({ id: '', source, target, props });
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

  if (edgesDropped) warnings.push(`${edgesDropped} more references between resources are not drawn (at most ${MAX_IMPORTED_EDGES} connections)`);
  for (const e of edges) {
    const stamp = stampOfPair.get([e.source, e.target].sort().join('|'));
    if (stamp && !edgeIds.has(stamp)) {
      e.id = stamp;
      edgeIds.add(stamp);
    }
  }
  for (const e of edges) if (!e.id) e.id = unique(`${e.source}-${e.target}`, edgeIds);

  // 6. Logical ids the exporter will give, and the renames kept parts need.
  const draft = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: 'x',
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, position: { x: 0, y: 0 }, props: isGeneric(n.kind) ? n.props : {} })),
    edges: [],
  } as unknown as Design;
  const predicted = assignLogicalIds(draft, new Set(NETWORK_IDS));
  const rename = new Map<string, string>();
  for (const n of nodes) {
    const to = predicted.get(n.id);
    if (!isGeneric(n.kind) && to && to !== n.logicalId) rename.set(n.logicalId, to);
  }
  const applyRenames = () => {
    for (const n of nodes) {
      if (!isGeneric(n.kind)) continue;
      const r = byId.get(n.logicalId)!;
      const attributes: Raw = {};
      for (const key of ATTRIBUTES) {
        if (r.raw[key] === undefined) continue;
        attributes[key] = key === 'DependsOn' ? renameDependsOn(r.raw[key], rename) : renameRefs(r.raw[key], rename);
      }
      n.props = { ...n.props, logicalId: rename.get(n.logicalId) ?? n.logicalId, properties: renameRefs(r.props, rename), attributes };
    }
  };
  // A kept resource whose logical id the exporter also generates (e.g. a foreign
  // `WebSecurityGroup` beside a node "Web") is renamed, and so is a parameter named like a
  // generated resource (e.g. a parameter `VPC`): CloudFormation wants them unique.
  const allIds = new Set([...byId.keys(), ...Object.keys(rec(template['Parameters'])), ...NETWORK_IDS, ...predicted.values()]);
  const fresh = (base: string, suffix: string) => {
    let id = `${base}${suffix}`.slice(0, 255);
    for (let n = 2; allIds.has(id); n++) id = `${base}${suffix}${n}`.slice(0, 255);
    allIds.add(id);
    return id;
  };
  let generated: Raw = {};
  for (let attempt = 0; attempt < 20; attempt++) {
    applyRenames();
    const draftDesign = parseDesign({
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      nodes: nodes.map(({ id, kind, label, props }) => ({ id, kind, label: label.slice(0, 200), props })),
      edges,
    });
    if (!draftDesign.ok) break;
    try {
      generated = rec((toCloudFormation(draftDesign.design) as unknown as Raw)['Resources']);
      break;
    } catch (e) {
      const clash = /the imported resource "([A-Za-z0-9]+)" clashes/.exec(e instanceof Error ? e.message : '')?.[1];
      const original = clash ? ([...rename].find(([, to]) => to === clash)?.[0] ?? clash) : undefined;
      if (!original || !byId.has(original)) break;
      rename.set(original, fresh(original, 'Imported'));
    }
  }
  // Where the exporter writes a component under another id than its base (a WAF node with no
  // distribution is only its regional web ACL, `<Base>Regional`), references follow it there.
  for (const n of nodes) {
    if (isGeneric(n.kind)) continue;
    const type = byId.get(n.logicalId)?.type;
    const at = rename.get(n.logicalId) ?? n.logicalId;
    if (rec(generated[at])['Type'] === type) continue;
    const moved = Object.entries(generated).find(([, g]) => rec(g)['Type'] === type && rec(rec(g)['Metadata'])[NODE_METADATA_KEY] === n.id)?.[0];
    if (moved) rename.set(n.logicalId, moved);
  }
  for (const name of Object.keys(rec(template['Parameters']))) {
    if (Object.prototype.hasOwnProperty.call(generated, name) && !byId.has(name)) rename.set(name, fresh(name, 'Param'));
  }
  applyRenames();
  if (rename.size) {
    warnings.push(`logical ids renamed on export: ${[...rename].map(([a, b]) => `${a} → ${b}`).join(', ')}`);
  }

  // 7. Extras: every section but Resources and the format version.
  const extras: Raw = {};
  for (const [key, value] of Object.entries(template)) {
    if (key === 'Resources' || key === 'AWSTemplateFormatVersion') continue;
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) {
      warnings.push(`top-level key ${JSON.stringify(key.slice(0, 40))} is not a template section; dropped`);
      continue;
    }
    const renamed = renameRefs(value, rename);
    extras[key] = key === 'Parameters' && isRecord(renamed) ? Object.fromEntries(Object.entries(renamed).map(([k, v]) => [rename.get(k) ?? k, v])) : renamed;
  }

  const description = typeof template['Description'] === 'string' ? template['Description'] : '';
  const ours = /^Stackcanvas design "([^"]{1,100})"/.exec(description)?.[1];
  const name = (options.name?.trim() || ours || description.split(/[\n.]/)[0]?.trim() || 'imported').slice(0, MAX_NAME_LENGTH);
  dropRegenerated(extras, name, nodes, edges);
  const positions = simpleLayout(
    nodes.map((n) => n.id),
    edges,
  );
  const parsed = parseDesign({
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name,
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label.slice(0, 200), position: positions.get(n.id), props: n.props })),
    edges,
    ...(Object.keys(extras).length ? { extras } : {}),
  });
  if (!parsed.ok) return importError('invalid-template', `the template cannot be represented: ${summarizeErrors(parsed.errors)}`);
  return { ok: true, design: parsed.design, warnings };
}

export function isServiceKind(kind: string): kind is ServiceKind {
  return isKind(kind) && !isGeneric(kind);
}
