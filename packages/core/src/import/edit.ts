/**
 * Helpers for the kinds' prop writers (`importer.edit.write`): targeted edits of held resources.
 * No catalog import, so a kind's folder can use them without an import cycle.
 */
import type { Held, HeldResource } from '../catalog/import-facet';
import { isRecord, list, rec, type Raw } from './values';

/** The Properties object of a held resource, created when absent. */
export function propertiesOf(h: HeldResource): Raw {
  if (!isRecord(h.resource['Properties'])) h.resource['Properties'] = {};
  return h.resource['Properties'] as Raw;
}

/**
 * A value written the way the template wrote the one it replaces: a number stays a number, and a
 * number the template wrote as a string ("1") is written as a string.
 */
export function likeOriginal(value: unknown, previous: unknown): unknown {
  if (typeof value === 'number' && typeof previous === 'string' && /^-?\d+(\.\d+)?$/.test(previous.trim())) return String(value);
  if (typeof value === 'boolean' && (previous === 'true' || previous === 'false')) return String(value);
  return value;
}

/** Sets `path` (keys) under a resource's Properties, creating objects on the way. */
export function setPath(h: HeldResource, path: readonly string[], value: unknown): void {
  let at = propertiesOf(h);
  for (const key of path.slice(0, -1)) {
    if (!isRecord(at[key])) at[key] = {};
    at = at[key] as Raw;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = likeOriginal(value, at[last]);
}

export function getPath(h: HeldResource, path: readonly string[]): unknown {
  let at: unknown = h.resource['Properties'];
  for (const key of path) at = rec(at)[key];
  return at;
}

/** Sets (or, with `undefined`, removes) the entry `key` of a `Key`/`Value` list property. */
export function setKeyValue(h: HeldResource, property: string, key: string, value: string | undefined): void {
  const props = propertiesOf(h);
  const entries = list(props[property]).slice();
  const i = entries.findIndex((e) => rec(e)['Key'] === key);
  if (value === undefined) {
    if (i >= 0) entries.splice(i, 1);
  } else if (i >= 0) entries[i] = { ...rec(entries[i]), Value: value };
  else entries.push({ Key: key, Value: value });
  if (entries.length) props[property] = entries;
  else delete props[property];
}

/** One security-group id from a template value: a list's first entry, a list-valued expression's first element. */
export function firstGroupId(value: unknown, held: Held): unknown {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return firstGroupId(value[0], held);
  if (isRecord(value) && typeof value['Ref'] === 'string') {
    const id = value['Ref'];
    const type = held.typeOf(id);
    // A security group defined in the template: its GroupId (Ref gives the name in a default VPC).
    if (type === 'AWS::EC2::SecurityGroup') return { 'Fn::GetAtt': [id, 'GroupId'] };
    if (type?.startsWith('Parameter:List<') || type === 'Parameter:CommaDelimitedList') return { 'Fn::Select': [0, value] };
    return value;
  }
  if (isRecord(value) && Object.keys(value)[0] === 'Fn::Split') return { 'Fn::Select': [0, value] };
  return value;
}
