/**
 * `diffTemplates(before, after)`: the change set CloudFormation would compute when a stack built
 * from `before` is updated with `after`. Pure and deterministic; browser-safe.
 *
 * Per logical id: Add, Remove, Modify (with each changed property or attribute, its replacement
 * and the resource's, the strongest of them), or Dynamic for an `Fn::ForEach::` entry. A logical
 * id whose Type changes is a Remove and an Add. Replacement cascades: a resource that refers to a
 * replaced one gets a Dynamic detail (Conditional when the referring property replaces), computed
 * to a fixpoint. Changes outside Resources are listed apart (`sections`).
 */
import { findingsFor } from './findings';
import { propertyReplacement, strongest } from './replacement';
import type { Cause, ChangeDetail, ChangeSet, Replacement, ResourceChange, SectionChange, TemplateLike } from './types';
import { Comparer, type CompareContext, type Outcome, hasLookup, isRecord, present, referencedNames, resolveLookups, sameValue, viewOf } from './values';

const FOR_EACH = 'Fn::ForEach::';

/** Resource attributes CloudFormation knows, in the order details list them after the properties. */
const ATTRIBUTES = ['Condition', 'CreationPolicy', 'DeletionPolicy', 'DependsOn', 'Metadata', 'UpdatePolicy', 'UpdateReplacePolicy'];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function resources(template: TemplateLike): Record<string, unknown> {
  return isRecord(template.Resources) ? template.Resources : {};
}

function typeOf(resource: unknown): string {
  return isRecord(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : '';
}

function propertiesOf(resource: unknown): Record<string, unknown> {
  return isRecord(resource) && isRecord(resource['Properties']) ? resource['Properties'] : {};
}

/** `DependsOn` as CloudFormation reads it: one name or a list, in any order. */
function dependsOn(v: unknown): unknown {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return [...new Set(v)].sort();
  return v;
}

const json = (v: unknown): unknown => (v === undefined ? null : v);

function forEachType(value: unknown): string {
  // [identifier, collection, { "${X}Name": { Type, … } }]: the fragment's types, when there is one.
  const fragment = Array.isArray(value) ? value[2] : undefined;
  const types = isRecord(fragment) ? [...new Set(Object.values(fragment).map(typeOf).filter(Boolean))] : [];
  return types.length === 1 ? types[0]! : 'Fn::ForEach';
}

interface Pair {
  readonly id: string;
  readonly type: string;
  readonly before: unknown;
  readonly after: unknown;
}

function detailsFor(pair: Pair, comparer: Comparer, ctx: CompareContext): ChangeDetail[] {
  const details: ChangeDetail[] = [];
  const add = (path: string, old: unknown, now: unknown, outcome: Outcome, replacement: Replacement, causes: readonly Cause[]) => {
    const mapped = causes.some((c) => c.kind === 'mapping') && (hasLookup(old, ctx.old) || hasLookup(now, ctx.new));
    details.push({
      path,
      old: json(old),
      new: json(now),
      replacement,
      evaluation: outcome.verdict === 'differs' ? 'Static' : 'Dynamic',
      causes,
      ...(mapped ? { resolved: { old: json(resolveLookups(old, ctx.old)), new: json(resolveLookups(now, ctx.new)) } } : {}),
    });
  };

  const beforeProps = isRecord(pair.before) ? pair.before['Properties'] : undefined;
  const afterProps = isRecord(pair.after) ? pair.after['Properties'] : undefined;
  if ((beforeProps !== undefined && !isRecord(beforeProps)) || (afterProps !== undefined && !isRecord(afterProps))) {
    // Properties given by an intrinsic (not valid CloudFormation without a transform): one detail.
    const outcome = comparer.compare(beforeProps, afterProps);
    if (outcome.verdict !== 'same') add('Properties', beforeProps, afterProps, outcome, 'Conditional', outcome.causes);
  } else {
    const a = propertiesOf(pair.before);
    const b = propertiesOf(pair.after);
    for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byString)) {
      const outcome = comparer.compare(a[name], b[name]);
      if (outcome.verdict === 'same') continue;
      const r = propertyReplacement(pair.type, name, a[name], b[name], outcome, comparer);
      add(`Properties.${name}`, present(a[name]), present(b[name]), outcome, r.replacement, r.causes);
    }
  }

  const ra = isRecord(pair.before) ? pair.before : {};
  const rb = isRecord(pair.after) ? pair.after : {};
  const others = [...new Set([...Object.keys(ra), ...Object.keys(rb)])]
    .filter((k) => k !== 'Type' && k !== 'Properties' && !ATTRIBUTES.includes(k))
    .sort(byString);
  for (const name of [...ATTRIBUTES, ...others]) {
    const x = ra[name];
    const y = rb[name];
    if (x === undefined && y === undefined) continue;
    let outcome: Outcome;
    if (name === 'DependsOn') outcome = sameValue(dependsOn(x), dependsOn(y)) ? { verdict: 'same', causes: [] } : { verdict: 'differs', causes: [] };
    else if (name === 'Condition' && typeof x === 'string' && x === y) {
      outcome = comparer.conditionUnchanged(x) ? { verdict: 'same', causes: [] } : { verdict: 'maybe', causes: [{ kind: 'condition', name: x }] };
    } else outcome = comparer.compare(x, y);
    if (outcome.verdict !== 'same') add(name, x, y, outcome, 'False', outcome.causes);
  }
  return details;
}

function sectionChanges(before: TemplateLike, after: TemplateLike): SectionChange[] {
  const out: SectionChange[] = [];
  const keyed = new Set(['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Rules', 'Metadata']);
  const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((s) => s !== 'Resources');
  for (const section of sections) {
    const a = before[section];
    const b = after[section];
    if (keyed.has(section) && (isRecord(a) || a === undefined) && (isRecord(b) || b === undefined)) {
      const ra = a ?? {};
      const rb = b ?? {};
      for (const name of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
        const x = ra[name];
        const y = rb[name];
        if (sameValue(x, y)) continue;
        out.push({ section, name, action: x === undefined ? 'Add' : y === undefined ? 'Remove' : 'Modify', old: json(x), new: json(y) });
      }
    } else if (!sameValue(a, b)) {
      out.push({ section, name: section, action: a === undefined ? 'Add' : b === undefined ? 'Remove' : 'Modify', old: json(a), new: json(b) });
    }
  }
  const rank = (s: string) => {
    const i = ['Parameters', 'Mappings', 'Conditions', 'Outputs'].indexOf(s);
    return i < 0 ? 4 : i;
  };
  return out.sort((x, y) => rank(x.section) - rank(y.section) || byString(x.section, y.section) || byString(x.name, y.name));
}

export function diffTemplates(before: TemplateLike, after: TemplateLike): ChangeSet {
  const oldResources = resources(before);
  const newResources = resources(after);
  const ids = [...new Set([...Object.keys(oldResources), ...Object.keys(newResources)])].sort(byString);
  const fixed: ResourceChange[] = [];
  const pairs: Pair[] = [];
  const typeChanged = new Set<string>();

  for (const id of ids) {
    const a = oldResources[id];
    const b = newResources[id];
    if (id.startsWith(FOR_EACH)) {
      if (!sameValue(a, b)) fixed.push({ logicalId: id, resourceType: forEachType(b ?? a), action: 'Dynamic', replacement: null, details: [] });
      continue;
    }
    if (a === undefined) fixed.push({ logicalId: id, resourceType: typeOf(b), action: 'Add', replacement: null, details: [] });
    else if (b === undefined) fixed.push({ logicalId: id, resourceType: typeOf(a), action: 'Remove', replacement: null, details: [] });
    else if (typeOf(a) !== typeOf(b)) {
      typeChanged.add(id);
      fixed.push({ logicalId: id, resourceType: typeOf(a), action: 'Remove', replacement: null, details: [] });
      fixed.push({ logicalId: id, resourceType: typeOf(b), action: 'Add', replacement: null, details: [] });
    } else pairs.push({ id, type: typeOf(a), before: a, after: b });
  }

  const views = { old: viewOf(before), new: viewOf(after) };
  // Replacement cascades along references, to a fixpoint: the replaced set only grows, and a
  // resource's result can change only when something it refers to joins the set, so each round
  // recomputes just the referrers of the newcomers.
  const referrers = new Map<string, Pair[]>();
  for (const pair of pairs) {
    for (const name of referencedNames(pair.after)) {
      const list = referrers.get(name);
      if (list) list.push(pair);
      else referrers.set(name, [pair]);
    }
  }
  const results = new Map<string, ResourceChange | undefined>();
  const replaced = new Set(typeChanged);
  let dirty: readonly Pair[] = pairs;
  while (dirty.length) {
    const ctx: CompareContext = { ...views, replaced };
    const comparer = new Comparer(ctx);
    const grown: string[] = [];
    for (const pair of dirty) {
      const details = detailsFor(pair, comparer, ctx);
      const change: ResourceChange | undefined = details.length
        ? { logicalId: pair.id, resourceType: pair.type, action: 'Modify', replacement: strongest(details.map((d) => d.replacement)), details }
        : undefined;
      results.set(pair.id, change);
      if (change && change.replacement !== 'False' && !replaced.has(pair.id)) grown.push(pair.id);
    }
    for (const id of grown) replaced.add(id);
    dirty = [...new Set(grown.flatMap((id) => referrers.get(id) ?? []))];
  }
  const modified = [...results.values()].filter((m): m is ResourceChange => m !== undefined);

  const order = { Remove: 0, Modify: 1, Dynamic: 1, Add: 2 } as const;
  const changes = [...fixed, ...modified].sort((x, y) => byString(x.logicalId, y.logicalId) || order[x.action] - order[y.action]);
  return { changes, sections: sectionChanges(before, after), findings: findingsFor(changes, before, after) };
}

/**
 * Exactly the contract's shape (`stackcanvas diff --json`). A detail whose change comes through a
 * Mappings lookup gives the looked-up values (`resolved`), not the unchanged `Fn::FindInMap` text.
 */
export function changeSetJson(changeSet: ChangeSet): {
  changes: {
    logicalId: string;
    resourceType: string;
    action: string;
    replacement: Replacement | null;
    details: { path: string; old: unknown; new: unknown; replacement: Replacement }[];
  }[];
} {
  return {
    changes: changeSet.changes.map((c) => ({
      logicalId: c.logicalId,
      resourceType: c.resourceType,
      action: c.action,
      replacement: c.replacement,
      details: c.details.map((d) => ({
        path: d.path,
        old: d.resolved ? d.resolved.old : d.old,
        new: d.resolved ? d.resolved.new : d.new,
        replacement: d.replacement,
      })),
    })),
  };
}

/** Whether anything changes at all (resources or other sections). */
export function hasChanges(changeSet: ChangeSet): boolean {
  return changeSet.changes.length > 0 || changeSet.sections.length > 0;
}
