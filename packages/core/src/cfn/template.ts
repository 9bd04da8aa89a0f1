/**
 * `toCloudFormation(design) → template`: the network, the security groups, then one emitter per
 * node; parameters, mappings, the parameter interface, outputs and the design's imported `extras`
 * around them. Pure and deterministic: the same design gives the same object, and `toCfnYaml` /
 * `toCfnJson` give byte-identical text. Resources and outputs are sorted by logical id.
 */
import { catalog, definitionOf, facetsOf, isGeneric, KINDS, tagStyleOf } from '../catalog/index';
import { ownerProps } from '../import/owners';
import { indexDesign } from '../model/graph';
import type { Design } from '../model/types';
import type { Held, HeldResource } from '../catalog/import-facet';
import type { DesignNode } from '../model/types';
import {
  CfnExportError,
  type CfnObject,
  type CfnParameter,
  type CfnTemplate,
  EmitContext,
  getAtt,
  type ImportedNetwork,
  names,
  NETWORK_IDS,
  policyDocument,
  ref,
  sub,
} from './context';
import { collectRefs, dependsOn } from '../import/refs';
import { applyPropEdits, detachOutputs, detachResource, heldResources } from './imported';
import { assignLogicalIds } from './logical-ids';
import { planNetwork } from '../network/plan';
import { emitAccessLogs } from './logging';
import { emitNetwork, NETWORK_TAGS } from './network';
import { emitSecurityGroups } from './security-groups';
import { type CfnStacks, splitUsEast1 } from './stacks';
import { dumpCfnYaml } from './yaml';

export const ENVIRONMENTS = ['dev', 'stage', 'prod'] as const;

const PARAMETER_LABELS: Readonly<Record<string, string>> = {
  EnvironmentName: 'Environment',
  LatestAmiId: 'Amazon Linux 2023 AMI',
  VpcCidr: 'VPC CIDR block',
};

const FIXED_PARAMETERS = ['EnvironmentName', 'VpcCidr', 'LatestAmiId'];
const GROUP_ORDER = ['Environment', 'Network', 'Compute', 'Load balancing'];

function parameterLabel(name: string): string {
  const known = PARAMETER_LABELS[name];
  if (known) return known;
  const cert = /^(.+)CertificateArn$/.exec(name);
  return cert ? `${cert[1]} certificate ARN (HTTPS)` : name;
}

/** Top-level sections in the order a reader expects them. */
const SECTION_ORDER = [
  'AWSTemplateFormatVersion',
  'Description',
  'Transform',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Resources',
  'Outputs',
];

function byKey<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const map = entries instanceof Map ? (entries as Map<string, T>) : new Map(entries);
  const keys = [...map.keys()];
  // The default sort compares UTF-16 code units, as `<` does, without a comparator call per step;
  // keys that come sorted (the generated resources) are not sorted again.
  if (!isSorted(keys)) keys.sort();
  const out: Record<string, T> = {};
  for (const key of keys) out[key] = map.get(key)!;
  return out;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** An object's keys are sorted: the same object as `byKey` would give (a template's own keys are unique). */
function sortedObject<T>(object: Record<string, T>): Record<string, T> {
  const keys = Object.keys(object);
  return isSorted(keys) ? object : byKey(keys.map((k): [string, T] => [k, object[k]!]));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(design: Design): string {
  const present = new Set(design.nodes.map((n) => n.kind));
  const kinds = KINDS.filter((k) => present.has(k)).map((k) => catalog[k].name.en);
  const text = `Stackcanvas design "${design.name}": ${kinds.length ? kinds.join(', ') : 'no modelled components'}. Deploy one stack per environment (EnvironmentName = dev, stage or prod), preferably through a change set.`;
  return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
}

/**
 * Whether `value` holds `{ Ref: name }` anywhere: a walk that stops at the first one (serializing
 * the whole template to search its text took half of a 1,000-component export).
 */
function refersTo(value: unknown, name: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => refersTo(v, name));
  const object = value as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(object)) {
    const v = object[key];
    if (v === undefined) continue;
    defined++;
    if (refersTo(v, name)) return true;
  }
  // `{ Ref: name }`, with no other key that holds a value.
  return defined === 1 && object['Ref'] === name;
}

/** The template and, for each resource, the node it was emitted for (shared network resources have none). */
export interface CfnExport {
  readonly template: CfnTemplate;
  readonly owners: ReadonlyMap<string, string>;
  /** What the export changed without being asked to, or could not do fully (e.g. an output of a deleted node removed). */
  readonly warnings: readonly string[];
  /** The logical ids each resource refers to (Ref, GetAtt, Sub), when the export worked them out. */
  readonly refs?: ReadonlyMap<string, readonly string[]> | undefined;
}

/** Template sections whose keys a `Ref` may name besides resources. */
function templateParameterNames(design: Design): string[] {
  const p = design.extras?.['Parameters'];
  return p && typeof p === 'object' && !Array.isArray(p) ? Object.keys(p) : [];
}

/** Derived-id suffixes of generated nodes (`<Base>SecurityGroup`, …), so a generated base never clashes with an imported id. */
const DERIVED_SUFFIXES = Object.values(names).map((f) => (f as (base: string, other?: string) => string)('', ''));

/**
 * The network of an imported template for the nodes drawn new into it: the VPC and subnets an
 * imported node in the VPC uses, else parameters typed for a VPC and subnets, else the
 * template's own VPC and subnet resources. None when the template has no network to offer.
 */
function importedNetwork(design: Design, held: ReadonlyMap<string, Held>, ctxParameter: (name: string, p: CfnParameter) => void): ImportedNetwork | undefined {
  let vpcId: unknown;
  let subnets: unknown;
  for (const node of [...design.nodes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const h = held.get(node.id);
    if (!h) continue;
    const found = facetsOf(node.kind).importer?.edit?.network?.(h);
    vpcId ??= found?.vpcId;
    subnets ??= found?.subnets;
  }
  const params = (design.extras?.['Parameters'] ?? {}) as Record<string, { Type?: unknown }>;
  for (const [name, p] of Object.entries(params)) {
    if (vpcId === undefined && p?.Type === 'AWS::EC2::VPC::Id') vpcId = ref(name);
    if (subnets === undefined && p?.Type === 'List<AWS::EC2::Subnet::Id>') subnets = ref(name);
  }
  const shared = Object.entries(design.resources ?? {});
  const vpcs = shared.filter(([, r]) => r.Type === 'AWS::EC2::VPC');
  if (vpcId === undefined && vpcs.length === 1) vpcId = ref(vpcs[0]![0]);
  if (subnets === undefined && vpcId !== undefined) {
    const inVpc = shared.filter(([, r]) => r.Type === 'AWS::EC2::Subnet').map(([id, r]) => ({ id, r: r as Record<string, unknown> }));
    const isPrivate = (x: { r: Record<string, unknown> }) => (x.r['Properties'] as Record<string, unknown> | undefined)?.['MapPublicIpOnLaunch'] !== true;
    const chosen = inVpc.filter(isPrivate).length ? inVpc.filter(isPrivate) : inVpc;
    if (chosen.length) subnets = chosen.map((x) => ref(x.id));
  }
  if (vpcId === undefined && subnets === undefined) return undefined;
  // What the template does not say, the deployer gives (the default VPC of a template without one, for example).
  if (vpcId === undefined) {
    ctxParameter('VpcId', { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC the components added in Stackcanvas go in (the one the template uses)' });
    vpcId = ref('VpcId');
  }
  if (subnets === undefined) {
    ctxParameter('SubnetIds', {
      Type: 'List<AWS::EC2::Subnet::Id>',
      Description: 'Private subnets (two Availability Zones) for the components added in Stackcanvas',
    });
    subnets = ref('SubnetIds');
  }
  const cidrOf = (v: unknown) => {
    const r = v as { Ref?: unknown };
    const id = typeof r?.Ref === 'string' ? r.Ref : undefined;
    return id && design.resources?.[id]?.Type === 'AWS::EC2::VPC' ? getAtt(id, 'CidrBlock') : undefined;
  };
  let cidr: unknown = cidrOf(vpcId);
  if (cidr === undefined) {
    ctxParameter('VpcCidrBlock', {
      Type: 'String',
      Description: 'IPv4 CIDR block of the VPC (allowed to reach internal load balancers)',
      AllowedPattern: '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$',
    });
    cidr = ref('VpcCidrBlock');
  }
  return {
    vpcId,
    cidr,
    subnets,
    get publicSubnets() {
      ctxParameter('PublicSubnetIds', {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: 'Public subnets for internet-facing load balancers added in Stackcanvas',
      });
      return ref('PublicSubnetIds');
    },
  };
}

/**
 * Writes the user's changes to imported nodes into the resources they hold: prop edits, removed
 * connections, deleted nodes (their references detached), then new connections.
 */
function applyImportedEdits(design: Design, ctx: EmitContext, held: ReadonlyMap<string, Held>): void {
  const index = ctx.index;
  const byId = (id: string): Record<string, unknown> | undefined => {
    for (const h of held.values()) {
      const r = h.get(id);
      if (r) return r.resource;
    }
    return ctx.resources.get(id) as Record<string, unknown> | undefined;
  };
  for (const node of design.nodes) {
    const h = held.get(node.id);
    if (h) applyPropEdits(node, h, facetsOf(node.kind), byId, ctx.warnings);
  }
  // Removed connections: references between two nodes that were connected in the template and no longer are.
  const connected = (a: string, b: string) => index.outgoing(a).some((e) => e.target === b) || index.outgoing(b).some((e) => e.target === a);
  for (const node of design.nodes) {
    const h = held.get(node.id);
    if (!h) continue;
    for (const peer of node.imported?.peers ?? []) {
      const other = index.nodes.get(peer);
      if (!other || connected(node.id, peer)) continue;
      const targets = new Set(held.get(peer)?.all.map((x) => x.id) ?? (isGeneric(other.kind) ? [ctx.id(peer)] : []));
      detachHeld(node, h, targets);
    }
  }
}

function detachHeld(node: DesignNode, h: Held, targets: ReadonlySet<string>): void {
  const owners = ownerProps();
  const gone = new Set<string>();
  for (const r of h.all) {
    if (r === h.primary) {
      r.resource = detachResource(r.resource, targets, []) ?? r.resource;
      continue;
    }
    const d = detachResource(r.resource, targets, owners[String(r.resource['Type'])] ?? []);
    if (d) r.resource = d;
    else gone.add(r.id);
  }
  try {
    facetsOf(node.kind).importer?.edit?.afterDetach?.(h, targets);
  } catch (e) {
    if (e instanceof CfnExportError) throw e;
    throw new CfnExportError('SC-X014', { node: node.label ?? node.id, detail: e instanceof Error ? e.message : String(e) }, [node.id]);
  }
  if (gone.size)
    for (const id of gone)
      (h.all as HeldResource[]).splice(
        (h.all as HeldResource[]).findIndex((x) => x.id === id),
        1,
      );
}

/** New connections that touch an imported node: IAM for the caller's role, then the kinds' own wiring. */
function connectImported(design: Design, ctx: EmitContext, held: ReadonlyMap<string, Held>): void {
  for (const edge of [...design.edges].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (edge.imported) continue;
    const source = ctx.node(edge.source);
    const target = ctx.node(edge.target);
    const hs = held.get(source.id);
    const ht = held.get(target.id);
    if (!hs && !ht) continue;
    if (hs) {
      const statements = facetsOf(target.kind).reach?.iam?.(target, ctx) ?? [];
      const edit = facetsOf(source.kind).importer?.edit;
      if (statements.length && edit?.role) {
        const role = edit.role(hs);
        if (role === undefined) {
          throw new CfnExportError('SC-X012', { source: source.label ?? source.id, target: target.label ?? target.id }, [source.id, target.id]);
        }
        ctx.add(
          `${ctx.id(source.id)}To${ctx.id(target.id)}Policy`.slice(0, 255),
          {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyName: `${ctx.id(source.id)}-${ctx.id(target.id)}`.slice(0, 128),
              Roles: [role],
              PolicyDocument: policyDocument(statements),
            },
          },
          source.id,
          edge.id,
        );
      }
      if (!edit?.connectOut?.(target, edge, hs, ctx)) unsupported(source, target);
    }
    if (ht && !facetsOf(target.kind).importer?.edit?.connectIn?.(source, edge, ht, ctx)) unsupported(source, target);
  }
}

function unsupported(source: DesignNode, target: DesignNode): never {
  throw new CfnExportError('SC-X013', { source: source.label ?? source.id, target: target.label ?? target.id }, [source.id, target.id]);
}

export function exportCloudFormation(design: Design): CfnExport {
  // A label that spells an id another node derives (`Api Stage` beside an API `Api`, whose stage is
  // `ApiStage`): the node so labelled gets its node id appended and the export runs again, so
  // that a design `validate` passes is never refused for a name it did not choose.
  const disambiguated = new Set<string>();
  for (;;) {
    let ids: ReadonlyMap<string, string> | undefined;
    try {
      return exportOnce(design, disambiguated, (assigned) => (ids = assigned));
    } catch (e) {
      const clash = e instanceof CfnExportError && e.detail.code === 'SC-X003' ? e.detail.params['id'] : undefined;
      const node = clash === undefined ? undefined : design.nodes.find((n) => !n.imported && !isGeneric(n.kind) && ids?.get(n.id) === clash);
      if (!node || disambiguated.has(node.id)) throw e;
      disambiguated.add(node.id);
    }
  }
}

function exportOnce(design: Design, disambiguated: ReadonlySet<string>, assigned: (ids: ReadonlyMap<string, string>) => void): CfnExport {
  const index = indexDesign(design);
  const held = new Map<string, Held>();
  for (const node of design.nodes) if (node.imported) held.set(node.id, heldResources(node, design));
  const verbatimIds = [...Object.keys(design.resources ?? {}), ...design.nodes.filter((n) => isGeneric(n.kind)).map((n) => String(n.props['logicalId'] ?? ''))];
  const reserved = new Set<string>([...NETWORK_IDS, ...verbatimIds, ...templateParameterNames(design)]);
  const logicalIds = assignLogicalIds(design, reserved, DERIVED_SUFFIXES, disambiguated);
  assigned(logicalIds);
  const tagStyle = (type: string) => tagStyleOf(type) ?? NETWORK_TAGS[type];
  const plan = planNetwork(design);
  const parameters: [string, CfnParameter][] = [];
  const network = plan.needed ? importedNetwork(design, held, (name, p) => parameters.push([name, p])) : undefined;
  const ctx = new EmitContext({
    design,
    index,
    logicalIds,
    network: plan,
    facets: facetsOf,
    tagStyle,
    inVpc: (kind) => definitionOf(kind).network !== undefined,
    held,
    ...(network ? { importedNetwork: network } : {}),
  });
  for (const [name, p] of parameters) ctx.parameter(name, p, 'Network');
  ctx.parameter(
    'EnvironmentName',
    {
      Type: 'String',
      Description:
        'Which environment this stack is (one stack per environment): tags every resource, picks per-environment sizes, and prod turns on deletion protection',
      Default: 'dev',
      AllowedValues: [...ENVIRONMENTS],
    },
    'Environment',
  );
  if (!network) emitNetwork(ctx);
  emitSecurityGroups(ctx);
  for (const node of design.nodes) if (!node.imported) facetsOf(node.kind).cfn.emit(node, ctx);
  applyImportedEdits(design, ctx, held);
  connectImported(design, ctx, held);
  // The shared access-log bucket, when a generated resource asked for it (imported ones never do).
  emitAccessLogs(ctx);

  const generatedIds = [...ctx.resources.keys()];
  const resources: Record<string, unknown> = {};
  // What the template defined comes first, in its own order; then what Stackcanvas generated, sorted.
  const heldIds = new Map<string, { nodeId: string; resource: unknown }>();
  const heldAtStart = new Set(design.nodes.flatMap((n) => n.imported?.resources ?? []));
  for (const [nodeId, h] of held) for (const r of h.all) heldIds.set(r.id, { nodeId, resource: r.resource });
  const generatedSet = new Set(generatedIds);
  for (const [id, r] of Object.entries(design.resources ?? {})) {
    const h = heldIds.get(id);
    if (h) {
      resources[id] = h.resource;
      ctx.owner.set(id, h.nodeId);
    } else if (!heldAtStart.has(id)) {
      resources[id] = structuredClone(r);
    }
  }
  // Only an id the template already defines can clash (the generated ones are the keys of a map).
  const defined = new Set(Object.keys(resources));
  for (const id of generatedIds.sort()) {
    if (defined.has(id)) throw new CfnExportError('SC-X016', { id }, [ctx.owner.get(id) ?? '']);
    resources[id] = ctx.resources.get(id);
  }

  // An imported template keeps its own format version and description (in `extras`).
  const template: CfnTemplate = design.resources ? { Resources: {} } : { AWSTemplateFormatVersion: '2010-09-09', Description: describe(design), Resources: {} };
  // Parameters and groups in an order that depends on names only: the fixed ones first, then sorted.
  const rank = (name: string) => {
    const i = FIXED_PARAMETERS.indexOf(name);
    return i < 0 ? FIXED_PARAMETERS.length : i;
  };
  const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  const parameterNames = [...ctx.parameters.keys()].sort(byRank);
  const groups = [...ctx.parameterGroups]
    .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b))
    .map(([label, parameters]) => ({ Label: { default: label }, Parameters: [...parameters].sort(byRank) }));
  template.Metadata = {
    'AWS::CloudFormation::Interface': {
      ParameterGroups: groups,
      ParameterLabels: Object.fromEntries(parameterNames.map((name) => [name, { default: parameterLabel(name) }])),
    },
  };
  template.Parameters = Object.fromEntries(parameterNames.map((name) => [name, ctx.parameters.get(name)!]));
  if (ctx.rules.size) template.Rules = byKey(ctx.rules);
  const mappings: Record<string, unknown> = {};
  if (ctx.sizes.size) {
    const rows = byKey(ctx.sizes);
    const keys = Object.keys(rows);
    const column = (env: (typeof ENVIRONMENTS)[number]) => {
      const out: Record<string, number | string> = {};
      for (const k of keys) out[k] = rows[k]![env];
      return out;
    };
    mappings['EnvironmentSizes'] = Object.fromEntries(ENVIRONMENTS.map((env) => [env, column(env)]));
  }
  Object.assign(mappings, byKey(ctx.mappings));
  if (Object.keys(mappings).length) template.Mappings = mappings;
  if (ctx.conditions.size) template.Conditions = byKey(ctx.conditions);
  // A template whose resources were sorted (ours, for one) stays sorted; any other keeps its own order, additions after.
  const keptIds = Object.keys(design.resources ?? {});
  const sorted = keptIds.every((id, i) => i === 0 || keptIds[i - 1]! < id);
  template.Resources = sorted ? sortedObject(resources) : resources;
  if (ctx.outputs.size) {
    template.Outputs = byKey([...ctx.outputs].map(([name, o]): [string, CfnObject] => [name, { ...o, Export: { Name: sub(`\${AWS::StackName}-${name}`) } }]));
  }
  // A design with no modelled component (only imported resources) does not use the environment.
  if (!refersTo([template.Resources, template.Outputs ?? {}], 'EnvironmentName')) {
    delete template.Parameters['EnvironmentName'];
    const iface = (template.Metadata['AWS::CloudFormation::Interface'] ?? {}) as {
      ParameterGroups: { Parameters: string[] }[];
      ParameterLabels: Record<string, unknown>;
    };
    iface.ParameterGroups = iface.ParameterGroups.filter((g) => !g.Parameters.includes('EnvironmentName'));
    delete iface.ParameterLabels['EnvironmentName'];
    if (!iface.ParameterGroups.length) delete template.Metadata;
    if (!Object.keys(template.Parameters).length) delete template.Parameters;
  }
  const merged = mergeExtras(template, design.extras);
  const refs = detachDangling(merged, ctx, generatedSet);
  return { template: merged, owners: ctx.owner, warnings: ctx.warnings, ...(refs ? { refs } : {}) };
}

/** Pseudo parameters and other names a `Ref` may use that no section defines. */
function isPseudo(id: string): boolean {
  return id.startsWith('AWS::');
}

/**
 * References to what the export no longer has (the resources of a deleted node): detached from
 * the kept resources of the template, Outputs that show them dropped. A generated resource that
 * refers to something missing is a design the exporter cannot write: an error, never a template
 * that fails at deploy time.
 */
function detachDangling(template: CfnTemplate, ctx: EmitContext, generated: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> | undefined {
  const defined = () => new Set([...Object.keys(template.Resources), ...Object.keys((template.Parameters as Record<string, unknown> | undefined) ?? {})]);
  const owners = ownerProps();
  for (let round = 0; round < 10; round++) {
    const known = defined();
    const missing = new Set<string>();
    const refs = new Map<string, readonly string[]>();
    for (const id of Object.keys(template.Resources)) {
      const r = template.Resources[id];
      const ids = collectRefs(r);
      refs.set(id, ids);
      let lacking = false;
      for (const ref of ids) {
        if (!known.has(ref) && !isPseudo(ref)) {
          missing.add(ref);
          lacking = true;
        }
      }
      const after = r !== null && typeof r === 'object' ? dependsOn(r as Record<string, unknown>) : [];
      for (const x of after) {
        if (!known.has(x)) {
          missing.add(x);
          lacking = true;
        }
      }
      if (lacking && generated.has(id)) {
        const names = [...new Set([...ids, ...after])].filter((x) => !known.has(x) && !isPseudo(x)); // each name once
        if (names.length) {
          const owner = ctx.owner.get(id);
          throw new CfnExportError('SC-X015', { id, names: names.map((n) => `"${n}"`).join(', ') }, owner ? [owner] : []);
        }
      }
    }
    if (!missing.size) return refs;
    for (const [id, r] of Object.entries(template.Resources)) {
      const type = String((r as Record<string, unknown>)['Type']);
      const d = detachResource(r as Record<string, unknown>, missing, owners[type] ?? []);
      if (d) template.Resources[id] = d;
      else {
        delete template.Resources[id];
        ctx.warnings.push(`${id} (${type}) removed: it belonged to a deleted component`);
      }
    }
    if (template.Outputs) {
      const { kept, dropped } = detachOutputs(template.Outputs as Record<string, unknown>, missing);
      for (const name of dropped) ctx.warnings.push(`output ${name} removed: it showed a deleted component`);
      template.Outputs = kept;
      if (!Object.keys(kept).length) delete template.Outputs;
    }
  }
  return undefined;
}

/**
 * The design's imported `extras` merged back: map sections (Parameters, Mappings, Conditions,
 * Outputs, Rules, Metadata, …) key by key, other values whole. Imported entries win on a
 * conflicting key: they are what the user had, and an export never silently rewrites them.
 */
export function mergeExtras(template: CfnTemplate, extras: Design['extras']): CfnTemplate {
  const merged: Record<string, unknown> = { ...template };
  for (const [section, value] of Object.entries(extras ?? {})) {
    const current = merged[section];
    merged[section] = isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : value;
  }
  const ordered: Record<string, unknown> = {};
  for (const key of SECTION_ORDER) if (key in merged) ordered[key] = merged[key];
  for (const key of Object.keys(merged).sort()) if (!(key in ordered)) ordered[key] = merged[key];
  return ordered as CfnTemplate;
}

/**
 * The stacks of a design: the main stack (deployable in any Region) and, when some resource only
 * exists in us-east-1 (a web ACL for CloudFront), the companion stack to deploy there first.
 */
export function exportStacks(design: Design): CfnStacks {
  return splitUsEast1(exportCloudFormation(design), design);
}

/** The main stack of a design (see `exportStacks` for its us-east-1 companion). */
export function toCloudFormation(design: Design): CfnTemplate {
  return exportStacks(design).main.template;
}

/** A template object as text: YAML with short-form tags (one pass, see `dumpCfnYaml`), or JSON (two-space indent, final newline). */
export function cfnTemplateText(template: CfnTemplate, format: 'yaml' | 'json'): string {
  return format === 'yaml' ? dumpCfnYaml(template) : `${JSON.stringify(template, null, 2)}\n`;
}

export function toCfnYaml(design: Design): string {
  return cfnTemplateText(toCloudFormation(design), 'yaml');
}

export function toCfnJson(design: Design): string {
  return cfnTemplateText(toCloudFormation(design), 'json');
}
