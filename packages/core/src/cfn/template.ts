/**
 * `toCloudFormation(design) → template`: the network, the security groups, then one emitter per
 * node; parameters, mappings, the parameter interface, outputs and the design's imported `extras`
 * around them. Pure and deterministic: the same design gives the same object, and `toCfnYaml` /
 * `toCfnJson` give byte-identical text. Resources and outputs are sorted by logical id.
 */
import { catalog, KINDS } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design } from '../model/types';
import { type CfnObject, type CfnTemplate, EmitContext, NETWORK_IDS, sub } from './context';
import { CFN_EMITTERS } from './emitters';
import { assignLogicalIds } from './logical-ids';
import { emitNetwork, networkNeeds } from './network';
import { emitSecurityGroups } from './security-groups';
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
  // The default sort compares UTF-16 code units, as `<` does, without a comparator call per step.
  const map = new Map(entries);
  const out: Record<string, T> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key)!;
  return out;
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
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 1 && entries[0]![0] === 'Ref' && entries[0]![1] === name) return true;
  return entries.some(([, v]) => refersTo(v, name));
}

/** The template and, for each resource, the node it was emitted for (shared network resources have none). */
export interface CfnExport {
  readonly template: CfnTemplate;
  readonly owners: ReadonlyMap<string, string>;
}

export function exportCloudFormation(design: Design): CfnExport {
  const index = indexDesign(design);
  const logicalIds = assignLogicalIds(design, new Set(NETWORK_IDS));
  const ctx = new EmitContext(design, index, logicalIds, networkNeeds(design));
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
  emitNetwork(ctx);
  emitSecurityGroups(ctx);
  for (const node of design.nodes) CFN_EMITTERS[node.kind](node, ctx);

  const template: CfnTemplate = { AWSTemplateFormatVersion: '2010-09-09', Description: describe(design), Resources: {} };
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
    mappings['EnvironmentSizes'] = Object.fromEntries(ENVIRONMENTS.map((env) => [env, Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v[env]]))]));
  }
  Object.assign(mappings, byKey(ctx.mappings));
  if (Object.keys(mappings).length) template.Mappings = mappings;
  if (ctx.conditions.size) template.Conditions = byKey(ctx.conditions);
  template.Resources = byKey(ctx.resources);
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
  return { template: mergeExtras(template, design.extras), owners: ctx.owner };
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

export function toCloudFormation(design: Design): CfnTemplate {
  return exportCloudFormation(design).template;
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
