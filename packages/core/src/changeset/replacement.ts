/**
 * Which changes replace a resource, from the table generated out of `@aws-cdk/aws-service-spec`
 * (`scripts/gen-replacement-table.ts`), refined by `refinements.ts`. Only the change-set code
 * imports the table (about 34 KB gzip), so the app loads it with the Change set tab.
 */
import { resourceTypes } from '../catalog/index';
import { refinementOf } from './refinements';
import { SOURCE, TABLE } from './replacement-table';
import type { Cause, Replacement } from './types';
import { type Comparer, type Outcome, intrinsicName, isRecord, mergeCauses, present } from './values';

/** Where the replacement data comes from, e.g. `@aws-cdk/aws-service-spec@0.1.216`. */
export const REPLACEMENT_SOURCE: string = SOURCE;

/**
 * Custom-name properties the schema's identifiers do not reveal (the identifier is an ARN or a
 * generated id, yet a given name must be unique): replacing such a resource with the name kept
 * fails, as for the derived ones. The CloudFormation reference says of each "If you specify a
 * name, you can't perform updates that require replacement of this resource". The catalog's
 * kinds declare their own (`customNames` in their resource types).
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': ['GroupName'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateName'],
  'AWS::ElasticLoadBalancingV2::TargetGroup': ['Name'],
};

export function isKnownType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLE, type);
}

/** Properties that hold the resource's custom physical name (`TableName`, `BucketName`, …). */
export function customNameProperties(type: string): readonly string[] {
  const derived = isKnownType(type) ? (TABLE[type]!.names ?? []) : [];
  return [...new Set([...derived, ...(EXTRA_NAMES[type] ?? []), ...(resourceTypes().get(type)?.customNames ?? [])])].sort();
}

/** The table's replacement marker of a top-level property, for tests and docs. */
export function replacementMarker(type: string, path: string): 'T' | 'C' | undefined {
  return isKnownType(type) ? TABLE[type]!.replace?.[path] : undefined;
}

const RANK: Record<Replacement, number> = { False: 0, Conditional: 1, True: 2 };

export function strongest(values: readonly Replacement[]): Replacement {
  return values.reduce<Replacement>((a, b) => (RANK[b] > RANK[a] ? b : a), 'False');
}

/** The values at `path` (`*` = every element or map value); undefined when an intrinsic hides the structure. */
function project(value: unknown, path: readonly string[], depth = 0): unknown[] | undefined {
  const v = present(value);
  if (!path.length) return [v];
  if (v === undefined) return [undefined];
  if (intrinsicName(v) || depth > 64) return undefined;
  const [head, ...rest] = path;
  if (head === '*') {
    const items = Array.isArray(v)
      ? v
      : isRecord(v)
        ? Object.keys(v)
            .sort()
            .map((k) => v[k])
        : undefined;
    if (!items) return undefined;
    const out: unknown[] = [];
    for (const item of items) {
      const p = project(item, rest, depth + 1);
      if (!p) return undefined;
      out.push(...p);
    }
    return out;
  }
  if (Array.isArray(v)) return undefined;
  return isRecord(v) ? project(v[head!], rest, depth + 1) : [undefined];
}

export interface PropertyReplacement {
  readonly replacement: Replacement;
  readonly causes: readonly Cause[];
}

function byMarker(marker: 'T' | 'C', outcome: Outcome): PropertyReplacement {
  if (marker === 'C') return { replacement: 'Conditional', causes: mergeCauses(outcome.causes, [{ kind: 'spec' }]) };
  return { replacement: outcome.verdict === 'differs' ? 'True' : 'Conditional', causes: outcome.causes };
}

/**
 * The replacement a change of property `name` of a `type` resource causes, given how its value
 * compares (`outcome`, not `same`). Unknown types are Conditional: the table cannot say.
 */
export function propertyReplacement(
  type: string,
  name: string,
  oldValue: unknown,
  newValue: unknown,
  outcome: Outcome,
  comparer: Comparer,
): PropertyReplacement {
  if (!isKnownType(type)) return { replacement: 'Conditional', causes: mergeCauses(outcome.causes, [{ kind: 'unknown-type' }]) };
  const refined = outcome.verdict === 'differs' ? refinementOf(type, name)?.(present(oldValue), present(newValue)) : undefined;
  if (refined) return { replacement: refined, causes: outcome.causes };
  const replace = TABLE[type]!.replace ?? {};
  const marker = replace[name];
  if (marker) return byMarker(marker, outcome);
  // Below a property that does not replace, a nested property may (e.g. a field of a list item).
  const prefix = `${name}.`;
  const results: PropertyReplacement[] = [];
  for (const [path, nestedMarker] of Object.entries(replace)) {
    if (!path.startsWith(prefix)) continue;
    const segments = path.slice(prefix.length).split('.');
    const before = project(oldValue, segments);
    const after = project(newValue, segments);
    const nested: Outcome = before && after ? comparer.compare(before, after) : { verdict: 'maybe', causes: outcome.causes };
    if (nested.verdict !== 'same') results.push(byMarker(nestedMarker, nested));
  }
  if (!results.length) return { replacement: 'False', causes: outcome.causes };
  const replacement = strongest(results.map((r) => r.replacement));
  return { replacement, causes: mergeCauses(outcome.causes, ...results.filter((r) => r.replacement === replacement).map((r) => r.causes)) };
}
