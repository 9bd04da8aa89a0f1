/**
 * Import, step 1: read the Resources section and classify each resource: the primary resource of
 * a catalog kind (the kind's importer claims it), or not. Props are read from a view of the
 * properties with parameter defaults and literal mappings resolved; the resources themselves are
 * kept exactly as written.
 */
import { facetsOf, KINDS, type ServiceKind } from '../catalog/index';
import type { ImportedResource } from '../catalog/import-facet';
import { NODE_METADATA_KEY } from '../cfn/context';
import { LOGICAL_ID_PATTERN } from '../model/parse';
import { importError, type ImportError } from './errors';
import { isRecord, list, rec, type Raw } from './values';

/** Most resources a template may have (CloudFormation's own quota is 500). */
export const MAX_RESOURCES = 2000;

/**
 * Replaces `{ Ref: P }` by P's default when P is a parameter with a scalar default, and
 * `Fn::FindInMap` by the mapped value when its keys are literal (or such parameters); records
 * which parameters were used. A parameter that allows "prod" (our exporter's `EnvironmentName`)
 * is read as "prod" inside FindInMap: the design's sizes are the production ones, dev may be
 * scaled down.
 */
export function withParameterDefaults(value: unknown, template: Raw, used: Set<string>, inMap = false): unknown {
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

export function readResources(template: Raw): { ok: true; resources: ImportedResource[] } | { ok: false; error: ImportError } {
  const section = template['Resources'];
  if (!isRecord(section)) {
    return importError('invalid-template', 'SC-I015', {}, '$.Resources');
  }
  const entries = Object.entries(section);
  if (entries.length === 0) return importError('invalid-template', 'SC-I016', {}, '$.Resources');
  if (entries.length > MAX_RESOURCES) {
    return importError('too-large', 'SC-I017', { count: entries.length, limit: MAX_RESOURCES }, '$.Resources');
  }
  const resources: ImportedResource[] = [];
  for (const [id, value] of entries) {
    const path = `$.Resources.${id}`;
    if (id.startsWith('Fn::ForEach::')) {
      // The loop is the AWS::LanguageExtensions transform's: with it CloudFormation expands it at deploy time.
      const transformed = [template['Transform']].flat().includes('AWS::LanguageExtensions');
      return importError('invalid-template', transformed ? 'SC-I019' : 'SC-I018', { id: JSON.stringify(id.slice(0, 80)) }, '$.Resources');
    }
    if (!LOGICAL_ID_PATTERN.test(id)) {
      return importError('invalid-template', 'SC-I020', { id: JSON.stringify(id.slice(0, 80)) }, '$.Resources');
    }
    if (!isRecord(value)) return importError('invalid-template', 'SC-I021', { path }, path);
    const type = value['Type'];
    if (typeof type !== 'string' || !type) return importError('invalid-template', 'SC-I022', { path: `${path}.Type` }, `${path}.Type`);
    if (value['Properties'] !== undefined && value['Properties'] !== null && !isRecord(value['Properties'])) {
      return importError('invalid-template', 'SC-I023', { path: `${path}.Properties` }, `${path}.Properties`);
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
 * The kind of each primary resource. Our exporter may emit two primary resources for one node (a
 * WAF node's CloudFront-scope and regional web ACLs, `Acl` and `AclRegional`): the shortest
 * logical id is the node, the other is held by it.
 */
export function classify(resources: readonly ImportedResource[]): Map<string, ServiceKind> {
  const kindOf = new Map<string, ServiceKind>();
  for (const r of resources) {
    const kind = KINDS.find((k) => facetsOf(k).importer?.claims(r));
    if (kind) kindOf.set(r.id, kind);
  }
  const primaryOfStamp = new Map<string, ImportedResource>();
  for (const r of resources) {
    if (!kindOf.has(r.id) || !r.stamp) continue;
    const first = primaryOfStamp.get(r.stamp);
    if (first && kindOf.get(first.id) === kindOf.get(r.id)) {
      const [keep, other] = first.id.length <= r.id.length ? [first, r] : [r, first];
      kindOf.delete(other.id);
      primaryOfStamp.set(r.stamp, keep);
    } else if (!first) primaryOfStamp.set(r.stamp, r);
  }
  return kindOf;
}
