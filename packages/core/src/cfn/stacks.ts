/**
 * Deployable in any Region: resources that only exist in us-east-1 (a CLOUDFRONT-scope web ACL)
 * go to a small companion stack, and the main stack, deployable anywhere, takes what it
 * references from them as parameters. The kinds say which of their resources move (`usEast1`
 * facet); this module only moves resources and rewrites references, whatever their kind.
 *
 * Why parameters: plain CloudFormation cannot read another Region's outputs or SSM parameters
 * (dynamic references and `Fn::ImportValue` are Region-local), so the deployer passes the
 * companion's outputs to the main stack (docs/cloudformation.md lists the commands). The main
 * template also keeps a copy of the moved resources in its `Metadata` (`Stackcanvas::UsEast1Stack`),
 * so importing the main template alone gives the whole design back (`joinUsEast1`).
 */
import { facetsOf } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design } from '../model/types';
import { collectRefs, SUB_VAR, subVariable } from '../import/refs';
import { type CfnObject, type CfnTemplate, NODE_METADATA_KEY, sub } from './context';

/** The Region of the companion stack. */
export const US_EAST_1 = 'us-east-1';
/** Key of the main template's `Metadata` that keeps the moved resources and what replaced them. */
export const US_EAST_1_METADATA_KEY = 'Stackcanvas::UsEast1Stack';
/** Label of the main stack's parameter group for the companion's outputs. */
const GROUP_LABEL = 'From the us-east-1 stack';

export interface CfnStack {
  readonly template: CfnTemplate;
  /** For each resource, the node it was emitted for (shared network resources have none). */
  readonly owners: ReadonlyMap<string, string>;
  /** The logical ids each resource refers to, when known: resources that refer to no moved one are not walked. */
  readonly refs?: ReadonlyMap<string, readonly string[]> | undefined;
}

export interface CfnStacks {
  /** The stack of the design, deployable in any Region. */
  readonly main: CfnStack;
  /** The resources that must live in us-east-1, when the design has any: deploy it first, in us-east-1. */
  readonly usEast1?: CfnStack;
}

type Json = unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `X` or `X.Attr` → the reference that the main stack replaces with a parameter. */
interface Reference {
  readonly logicalId: string;
  /** Undefined for `Ref`. */
  readonly attribute?: string;
}

/**
 * Rewrites references to the moved resources inside a value: `replace` returns the new value for
 * a `Ref`/`Fn::GetAtt` (an object) and the variable name for a `${X.Attr}` inside `Fn::Sub`.
 */
function rewrite(value: Json, moved: ReadonlySet<string>, replace: (r: Reference) => string): Json {
  if (Array.isArray(value)) {
    // Structural sharing: a value that refers to no moved resource is returned as it is (no copy).
    let out: Json[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = rewrite(value[i], moved, replace);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const inner = value[key];
    if (key === 'Ref' && typeof inner === 'string' && moved.has(inner)) return { Ref: replace({ logicalId: inner }) };
    if (key === 'Fn::GetAtt') {
      const [id, attr] =
        typeof inner === 'string' ? [inner.split('.')[0]!, inner.split('.').slice(1).join('.')] : Array.isArray(inner) ? [inner[0], inner[1]] : [];
      if (typeof id === 'string' && moved.has(id) && typeof attr === 'string') return { Ref: replace({ logicalId: id, attribute: attr }) };
    }
    if (key === 'Fn::Sub') {
      const [text, vars] = typeof inner === 'string' ? [inner, undefined] : Array.isArray(inner) ? [inner[0], inner[1]] : [undefined, undefined];
      if (typeof text === 'string') {
        const replaced = text.replace(SUB_VAR, (whole, name: string) => {
          const { name: id, attribute } = subVariable(name);
          if (!id || !moved.has(id) || (isRecord(vars) && Object.prototype.hasOwnProperty.call(vars, id))) return whole;
          return `\${${replace({ logicalId: id, ...(attribute !== undefined ? { attribute } : {}) })}}`;
        });
        const newVars = vars === undefined ? undefined : rewrite(vars, moved, replace);
        if (replaced === text && newVars === vars) return value;
        return { 'Fn::Sub': newVars === undefined ? replaced : [replaced, newVars] };
      }
    }
  }
  let out: Record<string, Json> | undefined;
  for (const k of keys) {
    const v = rewrite(value[k], moved, replace);
    if (v !== value[k]) (out ??= { ...value })[k] = v;
  }
  return out ?? value;
}

/** Names (resources, parameters, mappings, conditions) a value refers to. */
function referencedNames(value: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) referencedNames(v, out);
    return out;
  }
  if (!isRecord(value)) return out;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') out.add(inner);
    else if (key === 'Fn::GetAtt' && Array.isArray(inner) && typeof inner[0] === 'string') out.add(inner[0]);
    else if (key === 'Fn::GetAtt' && typeof inner === 'string') out.add(inner.split('.')[0]!);
    else if (key === 'Fn::FindInMap' && Array.isArray(inner) && typeof inner[0] === 'string') out.add(inner[0]);
    else if ((key === 'Condition' || key === 'Fn::If') && typeof inner === 'string') out.add(inner);
    else if (key === 'Fn::If' && Array.isArray(inner) && typeof inner[0] === 'string') out.add(inner[0]);
    else if (key === 'Fn::Sub') {
      const text = typeof inner === 'string' ? inner : Array.isArray(inner) ? inner[0] : undefined;
      if (typeof text === 'string') for (const m of text.matchAll(SUB_VAR)) out.add(subVariable(m[1]!).name);
    }
    referencedNames(inner, out);
  }
  return out;
}

/** The main stack's parameter group for the companion's outputs. */
function isCompanionGroup(g: Json): boolean {
  return isRecord(g) && isRecord(g['Label']) && g['Label']['default'] === GROUP_LABEL;
}

function parameterName(r: Reference): string {
  return `${r.logicalId}${(r.attribute ?? 'Ref').replace(/[^A-Za-z0-9]/g, '')}`;
}

/**
 * Splits a whole-design template in two when some node has resources that only exist in
 * us-east-1; otherwise the template is the main stack, unchanged.
 */
export function splitUsEast1(whole: CfnStack, design: Design): CfnStacks {
  const index = indexDesign(design);
  const movers = new Map<string, NonNullable<ReturnType<typeof facetsOf>['usEast1']>>();
  for (const node of design.nodes) {
    const facet = facetsOf(node.kind).usEast1;
    if (facet?.needed(node, index)) movers.set(node.id, facet);
  }
  const resources = whole.template.Resources as Record<string, CfnObject>;
  const moved = new Set<string>();
  // Only the movers' own resources can move: found through the owners, not by a walk of every resource.
  if (movers.size) {
    for (const [logicalId, owner] of whole.owners) {
      const facet = movers.get(owner);
      if (!facet || !Object.prototype.hasOwnProperty.call(resources, logicalId)) continue;
      const r = resources[logicalId];
      if (isRecord(r) && typeof r['Type'] === 'string' && isRecord(r['Metadata']) && r['Metadata'][NODE_METADATA_KEY] === owner) {
        if (facet.moves({ logicalId, Type: r['Type'], ...(isRecord(r['Properties']) ? { Properties: r['Properties'] } : {}) })) moved.add(logicalId);
      }
    }
  }
  if (!moved.size) return { main: whole };

  const template = whole.template;
  // What the rest of the main stack references of the moved resources: one parameter each.
  const references = new Map<string, Reference>();
  const replace = (r: Reference) => {
    const name = parameterName(r);
    references.set(name, r);
    return name;
  };
  const companionResources: Record<string, Json> = {};
  const refersToMoved = (refs: Iterable<string>) => {
    for (const x of refs) if (moved.has(x)) return true;
    return false;
  };
  // The main stack's resources: the whole template's in their order, less the moved ones, with
  // the references to those rewritten (each resource whose references are unknown is walked).
  const mainResources: Record<string, Json> = {};
  const { refs: known } = whole;
  for (const id of Object.keys(resources)) {
    const r = resources[id];
    if (moved.has(id)) {
      companionResources[id] = r;
      continue;
    }
    const refs = known?.get(id);
    mainResources[id] = !refs || refersToMoved(refs) ? rewrite(r, moved, replace) : r;
  }
  // Outputs about the moved resources only move with them; the others are rewritten.
  const mainOutputs: Record<string, Json> = {};
  const companionOutputs: Record<string, Json> = {};
  for (const [name, o] of Object.entries((template.Outputs ?? {}) as Record<string, Json>)) {
    const names = referencedNames(isRecord(o) ? o['Value'] : o);
    if ([...names].some((n) => moved.has(n)) && [...names].every((n) => moved.has(n) || n.startsWith('AWS::'))) companionOutputs[name] = o;
    else mainOutputs[name] = refersToMoved(collectRefs(o)) ? rewrite(o, moved, replace) : o; // rewrite changes only what collectRefs finds
  }
  const conditions = Object.fromEntries(Object.entries((template.Conditions ?? {}) as Record<string, Json>).map(([k, v]) => [k, rewrite(v, moved, replace)]));
  const has = (o: object | undefined, k: string) => o !== undefined && Object.prototype.hasOwnProperty.call(o, k);
  for (const name of references.keys()) {
    if (has(resources, name) || has(template.Parameters, name))
      throw new Error(`the us-east-1 reference ${name} clashes with a resource or parameter of the same name`);
  }

  // The companion: the moved resources, the parameters, mappings and conditions they use, and an output per reference.
  const used = referencedNames(companionResources);
  for (let grown = true; grown;) {
    grown = false;
    for (const name of [...used]) {
      const condition = (template.Conditions ?? {})[name];
      if (condition === undefined) continue;
      for (const n of referencedNames(condition)) {
        if (used.has(n)) continue;
        used.add(n);
        grown = true;
      }
    }
  }
  const pick = (section: Record<string, Json> | undefined) => {
    const out = Object.fromEntries(Object.entries(section ?? {}).filter(([k]) => used.has(k)));
    return Object.keys(out).length ? out : undefined;
  };
  const outputs: Record<string, Json> = { ...companionOutputs };
  for (const [name, r] of [...references].sort(([a], [b]) => (a < b ? -1 : 1))) {
    outputs[name] = {
      Description: `${r.attribute ?? 'Ref'} of ${r.logicalId}: pass it to the main stack as its parameter ${name}`,
      Value: r.attribute ? { 'Fn::GetAtt': [r.logicalId, r.attribute] } : { Ref: r.logicalId },
      Export: { Name: sub(`\${AWS::StackName}-${name}`) },
    };
  }
  const companionParameters = pick(template.Parameters as Record<string, Json>);
  const companion: CfnTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      `Stackcanvas design "${design.name}": the resources that exist only in us-east-1. Deploy this stack in us-east-1 first (one per environment), then pass its outputs to the main stack.`.slice(
        0,
        1024,
      ),
    ...(companionParameters ? { Parameters: companionParameters } : {}),
    Rules: {
      UsEast1Only: {
        Assertions: [
          {
            Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, US_EAST_1] },
            AssertDescription: 'This stack holds resources that AWS creates only in us-east-1 (a web ACL for CloudFront): deploy it in us-east-1.',
          },
        ],
      },
    },
    ...(pick(template.Mappings as Record<string, Json>) ? { Mappings: pick(template.Mappings as Record<string, Json>) } : {}),
    ...(pick(template.Conditions as Record<string, Json>) ? { Conditions: pick(template.Conditions as Record<string, Json>) } : {}),
    Resources: companionResources,
    Outputs: outputs,
  };

  // The main stack: parameters for the references, in their own group of the interface.
  const parameters: Record<string, Json> = { ...(template.Parameters ?? {}) };
  for (const [name, r] of [...references].sort(([a], [b]) => (a < b ? -1 : 1))) {
    parameters[name] = {
      Type: 'String',
      Description: `${r.attribute ?? 'Ref'} of ${r.logicalId} in the us-east-1 stack (its output ${name}): deploy that stack first`,
      ...(r.attribute === 'Arn'
        ? { AllowedPattern: '^arn:aws[a-z-]*:[a-z0-9-]+:us-east-1:[0-9]{12}:.+$', ConstraintDescription: 'the ARN output by the us-east-1 stack' }
        : { AllowedPattern: '.+', ConstraintDescription: 'the value output by the us-east-1 stack' }),
    };
  }
  const metadata: CfnObject = { ...(template.Metadata ?? {}) };
  const iface = metadata['AWS::CloudFormation::Interface'];
  if (isRecord(iface)) {
    const groups = Array.isArray(iface['ParameterGroups']) ? (iface['ParameterGroups'] as Json[]).filter((g) => !isCompanionGroup(g)) : [];
    groups.unshift({ Label: { default: GROUP_LABEL }, Parameters: [...references.keys()].sort() });
    const labels = { ...(isRecord(iface['ParameterLabels']) ? iface['ParameterLabels'] : {}) };
    for (const [name, r] of references) labels[name] = { default: `${r.logicalId} ${r.attribute ?? 'id'} (us-east-1 stack)` };
    metadata['AWS::CloudFormation::Interface'] = { ...iface, ParameterGroups: groups, ParameterLabels: labels };
  }
  const keptOutputs = outputsAsText(companionOutputs);
  metadata[US_EAST_1_METADATA_KEY] = {
    Region: US_EAST_1,
    Resources: companionResources,
    // The outputs that moved with them (a web ACL's ARN), as text, so that an import of the main stack has them too.
    ...(Object.keys(keptOutputs).length ? { Outputs: keptOutputs } : {}),
    // What each parameter stands for, as text (`X.Attr`, or `X` for a Ref): no intrinsic here refers to a resource this template lacks.
    Parameters: Object.fromEntries(
      [...references].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, r]) => [name, r.attribute ? `${r.logicalId}.${r.attribute}` : r.logicalId]),
    ),
  };
  const main: CfnTemplate = {
    ...template,
    Metadata: metadata,
    Parameters: parameters,
    ...(Object.keys(conditions).length ? { Conditions: conditions } : {}),
    Resources: mainResources,
    ...(Object.keys(mainOutputs).length ? { Outputs: mainOutputs } : {}),
  };
  if (!Object.keys(mainOutputs).length) delete main.Outputs;
  const mainOwners = new Map<string, string>();
  const companionOwners = new Map<string, string>();
  for (const [id, owner] of whole.owners) (moved.has(id) ? companionOwners : mainOwners).set(id, owner);
  return {
    main: { template: ordered(main), owners: mainOwners },
    usEast1: { template: companion, owners: companionOwners },
  };
}

/** Top-level sections in the order `mergeExtras` writes them. */
function ordered(t: CfnTemplate): CfnTemplate {
  const order = ['AWSTemplateFormatVersion', 'Description', 'Transform', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in t) out[k] = t[k];
  for (const k of Object.keys(t)) if (!(k in out)) out[k] = t[k];
  return out as CfnTemplate;
}

/**
 * The companion's outputs as the main stack keeps them in its Metadata: as text, like the
 * parameters (`Value: X.Attr`, or `X` for a Ref; `Export: true` for our `${AWS::StackName}-<name>`
 * export), so that no function there names a resource the main stack lacks (cfn-lint, cdk-nag's
 * CfnInclude and CloudFormation itself would read one). An output of another shape is not kept.
 */
function outputsAsText(outputs: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, o] of Object.entries(outputs)) {
    if (!isRecord(o) || Object.keys(o).some((k) => k !== 'Description' && k !== 'Value' && k !== 'Export')) continue;
    const v = o['Value'];
    const getAtt = isRecord(v) ? v['Fn::GetAtt'] : undefined;
    const value =
      isRecord(v) && Object.keys(v).length === 1 && typeof v['Ref'] === 'string'
        ? v['Ref']
        : Array.isArray(getAtt) && getAtt.length === 2 && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string'
          ? `${getAtt[0]}.${getAtt[1]}`
          : undefined;
    const exported = o['Export'];
    const standard = isRecord(exported) && isRecord(exported['Name']) && exported['Name']['Fn::Sub'] === `\${AWS::StackName}-${name}`;
    if (value === undefined || (exported !== undefined && !standard) || (o['Description'] !== undefined && typeof o['Description'] !== 'string')) continue;
    out[name] = { ...(o['Description'] !== undefined ? { Description: o['Description'] } : {}), Value: value, ...(standard ? { Export: true } : {}) };
  }
  return out;
}

/** The inverse of `outputsAsText`. */
function outputsFromText(kept: Json): Json {
  if (!isRecord(kept)) return kept;
  const out: Record<string, Json> = {};
  for (const [name, o] of Object.entries(kept)) {
    if (!isRecord(o) || typeof o['Value'] !== 'string') continue;
    const [id, ...attr] = o['Value'].split('.');
    out[name] = {
      ...(typeof o['Description'] === 'string' ? { Description: o['Description'] } : {}),
      Value: attr.length ? { 'Fn::GetAtt': [id, attr.join('.')] } : { Ref: id },
      ...(o['Export'] === true ? { Export: { Name: sub(`\${AWS::StackName}-${name}`) } } : {}),
    };
  }
  return out;
}

/** The main stack's outputs with those that moved to the companion back, sorted as our exports sort them when they were. */
function joinedOutputs(main: Json, kept: Json): Json {
  const moved = outputsFromText(kept);
  if (!isRecord(main) || !isRecord(moved)) return main;
  const ids = Object.keys(main);
  const sorted = ids.every((id, i) => i === 0 || ids[i - 1]! < id);
  const joined = { ...main, ...moved };
  return sorted ? Object.fromEntries(Object.entries(joined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : joined;
}

/**
 * The inverse, for the importer: a main template that carries its us-east-1 resources in
 * `Metadata` becomes one template again (the resources back, the parameters that stood for them
 * replaced by the references). Any other template is returned as it is.
 */
export function joinUsEast1<T extends Record<string, unknown>>(template: T): T {
  const metadata = template['Metadata'];
  const kept = isRecord(metadata) ? metadata[US_EAST_1_METADATA_KEY] : undefined;
  if (!isRecord(kept) || !isRecord(kept['Resources']) || !isRecord(template['Resources'])) return template;
  const stands = Object.fromEntries(
    Object.entries(isRecord(kept['Parameters']) ? kept['Parameters'] : {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const reference = (target: string): Json => {
    const [id, ...attr] = target.split('.');
    return attr.length ? { 'Fn::GetAtt': [id, attr.join('.')] } : { Ref: id };
  };
  const restore = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(restore);
    if (!isRecord(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'Ref' && typeof value['Ref'] === 'string' && value['Ref'] in stands) return reference(stands[value['Ref']]!);
    if (keys.length === 1 && keys[0] === 'Fn::Sub') {
      const inner = value['Fn::Sub'];
      const fix = (text: string) =>
        text.replace(SUB_VAR, (whole, name: string) => {
          const target = stands[name.trim()];
          return target === undefined ? whole : `\${${target}}`;
        });
      if (typeof inner === 'string') return { 'Fn::Sub': fix(inner) };
      if (Array.isArray(inner) && typeof inner[0] === 'string') return { 'Fn::Sub': [fix(inner[0]), restore(inner[1])] };
    }
    return Object.fromEntries(keys.map((k) => [k, restore(value[k])]));
  };
  const out: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(template)) {
    if (section === 'Metadata' && isRecord(value)) {
      const rest: Record<string, unknown> = Object.fromEntries(Object.entries(value).filter(([k]) => k !== US_EAST_1_METADATA_KEY));
      // The interface loses the group and labels of the parameters that stood for the companion's outputs.
      const iface = rest['AWS::CloudFormation::Interface'];
      if (isRecord(iface)) {
        const groups = Array.isArray(iface['ParameterGroups']) ? (iface['ParameterGroups'] as Json[]).filter((g) => !isCompanionGroup(g)) : undefined;
        const labels = isRecord(iface['ParameterLabels'])
          ? Object.fromEntries(Object.entries(iface['ParameterLabels']).filter(([k]) => !(k in stands)))
          : undefined;
        rest['AWS::CloudFormation::Interface'] = { ...iface, ...(groups ? { ParameterGroups: groups } : {}), ...(labels ? { ParameterLabels: labels } : {}) };
      }
      if (Object.keys(rest).length) out[section] = rest;
    } else if (section === 'Parameters' && isRecord(value)) {
      const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !(k in stands)));
      if (Object.keys(rest).length) out[section] = rest;
    } else if (section === 'Resources' && isRecord(value)) {
      const joined = { ...(restore(value) as Record<string, unknown>), ...kept['Resources'] };
      // Our exports sort resources by logical id: the joined template stays sorted (the exporter keeps a sorted template sorted).
      const ids = Object.keys(value);
      const sorted = ids.every((id, i) => i === 0 || ids[i - 1]! < id);
      out[section] = sorted ? Object.fromEntries(Object.entries(joined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : joined;
    } else if (section === 'Outputs' && isRecord(value)) out[section] = joinedOutputs(restore(value), kept['Outputs']);
    else out[section] = restore(value);
  }
  if (!('Outputs' in out) && isRecord(kept['Outputs']) && Object.keys(kept['Outputs']).length) out['Outputs'] = joinedOutputs({}, kept['Outputs']);
  return out as T;
}
