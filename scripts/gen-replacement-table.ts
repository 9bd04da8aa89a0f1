/**
 * Writes `packages/core/src/changeset/replacement-table.ts` from `@aws-cdk/aws-service-spec`
 * (never edit that file by hand): `pnpm exec tsx scripts/gen-replacement-table.ts`.
 * `--check` writes nothing and exits 1 when the committed file differs from what the installed
 * spec gives (a unit test runs it, so a spec upgrade without regenerating fails the tests);
 * `--check --file PATH` checks another copy.
 *
 * For every resource type of the spec the table holds:
 * - `replace`: the property paths whose change replaces the resource, `"T"` when the spec says
 *   `causesReplacement: "yes"` and `"C"` (Conditional) when it says `"maybe"`. Top-level
 *   properties are plain names (`KeySchema`); below a top-level property that does NOT replace,
 *   the nested properties of its property types that do are listed as dotted paths, `*` standing
 *   for any element of a list or value of a map (`NodeGroupConfiguration.*.ReplicaCount`).
 *   Paths the spec lists in `additionalReplacementProperties` are `"T"`.
 * - `names`: the properties that hold a custom physical name: the resource's only primary (or
 *   `Ref`) identifier when it is a settable string property that replaces the resource
 *   whose name ends in Name, Identifier or Id (`TableName`, `BucketName`, `DBInstanceIdentifier`,
 *   `ReplicationGroupId`, …; not the `ResourceArn` of a resource policy), plus every
 *   property whose documentation says "you can't perform updates that require replacement"
 *   when a name is given (`AWS::ElasticLoadBalancingV2::LoadBalancer.Name`, …).
 * A type with neither is still listed (`{}`), so the change-set code can tell a known type that
 * never replaces from an unknown one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { format } from 'prettier';

type Db = Awaited<ReturnType<typeof loadAwsServiceSpec>>;

/** The structural subset of the spec's `PropertyType` the walk needs. */
type PropertyType =
  { type: 'array' | 'map'; element: PropertyType } | { type: 'union'; types: PropertyType[] } | { type: 'ref'; reference: { $ref: string } } | { type: string };

interface SpecProperty {
  type: PropertyType;
  causesReplacement?: 'yes' | 'no' | 'maybe';
  documentation?: string;
}

/** The structural subset of the spec's `Resource`. */
interface SpecResource {
  cloudFormationType: string;
  properties: Record<string, SpecProperty>;
  primaryIdentifier?: string[];
  cfnRefIdentifier?: string[];
  additionalReplacementProperties?: string[][];
}

interface TableEntry {
  replace?: Record<string, 'T' | 'C'>;
  names?: string[];
}

const TABLE_FILE = join(import.meta.dirname, '../packages/core/src/changeset/replacement-table.ts');

const CODE = { yes: 'T', maybe: 'C' } as const;
const NAME_LIKE = /(Name|Identifier|Id)$/;
const NAME_DOC = /(can't|cannot|can not) perform (any )?updates? that requires? replacement/i;

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Nested paths below `prefix` that replace, following property types; a type already on the path stops the walk (recursive types). */
function nested(db: Db, type: PropertyType, prefix: string, seen: ReadonlySet<string>, out: Record<string, 'T' | 'C'>): void {
  if ((type.type === 'array' || type.type === 'map') && 'element' in type) return nested(db, type.element, `${prefix}.*`, seen, out);
  if (type.type === 'union' && 'types' in type) {
    for (const t of type.types) nested(db, t, prefix, seen, out);
    return;
  }
  if (type.type !== 'ref' || !('reference' in type)) return;
  const id = type.reference.$ref;
  if (seen.has(id)) return;
  const definition = db.get('typeDefinition', id) as unknown as { properties: Record<string, SpecProperty> };
  const inner = new Set(seen).add(id);
  for (const [name, property] of sorted(definition.properties)) {
    const path = `${prefix}.${name}`;
    const code = property.causesReplacement && property.causesReplacement !== 'no' ? CODE[property.causesReplacement] : undefined;
    if (code) out[path] = code;
    else nested(db, property.type, path, inner, out);
  }
}

function customNames(resource: SpecResource): string[] {
  const properties = resource.properties;
  const names = new Set<string>();
  for (const ids of [resource.primaryIdentifier, resource.cfnRefIdentifier]) {
    if (ids?.length !== 1) continue;
    const p = properties[ids[0]!];
    // A name or id the user picks, not the ARN of another resource (a policy's `ResourceArn`).
    if (p && p.causesReplacement === 'yes' && p.type.type === 'string' && NAME_LIKE.test(ids[0]!)) names.add(ids[0]!);
  }
  for (const [name, p] of Object.entries(properties)) if (p.documentation && NAME_DOC.test(p.documentation) && p.type.type === 'string') names.add(name);
  return [...names].sort();
}

function buildTable(db: Db): Record<string, TableEntry> {
  const resources = [...(db.all('resource') as unknown as SpecResource[])].sort((a, b) => (a.cloudFormationType < b.cloudFormationType ? -1 : 1));
  const table: Record<string, TableEntry> = {};
  for (const resource of resources) {
    const replace: Record<string, 'T' | 'C'> = {};
    for (const [name, property] of sorted(resource.properties)) {
      const code = property.causesReplacement && property.causesReplacement !== 'no' ? CODE[property.causesReplacement] : undefined;
      if (code) replace[name] = code;
      else nested(db, property.type, name, new Set(), replace);
    }
    for (const path of resource.additionalReplacementProperties ?? []) replace[path.join('.')] = 'T';
    const entry: TableEntry = {};
    if (Object.keys(replace).length) entry.replace = Object.fromEntries(sorted(replace));
    const names = customNames(resource);
    if (names.length) entry.names = names;
    table[resource.cloudFormationType] = entry;
  }
  return table;
}

function specVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/@aws-cdk/aws-service-spec/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function tableText(): Promise<string> {
  const db = await loadAwsServiceSpec();
  const text = [
    '/**',
    ' * Generated by scripts/gen-replacement-table.ts from @aws-cdk/aws-service-spec; do not edit',
    ' * (`pnpm exec tsx scripts/gen-replacement-table.ts`). Per resource type: `replace`, the property',
    ' * paths whose change replaces the resource (T = True, C = Conditional); `names`, the properties',
    ' * holding a custom physical name.',
    ' */',
    `export const SOURCE = ${JSON.stringify(`@aws-cdk/aws-service-spec@${specVersion()}`)};`,
    '',
    "export const TABLE: Readonly<Record<string, { readonly replace?: Readonly<Record<string, 'T' | 'C'>>; readonly names?: readonly string[] }>> = ",
    `${JSON.stringify(buildTable(db))};`,
  ].join('\n');
  return format(text, { parser: 'typescript', printWidth: 160, singleQuote: true, trailingComma: 'all' });
}

/** Size of the table data alone, minified and gzip-compressed (what the app downloads, roughly). */
async function measure(): Promise<string> {
  const minified = JSON.stringify(buildTable(await loadAwsServiceSpec()));
  return `${minified.length} bytes minified, ${gzipSync(minified, { level: 9 }).length} bytes gzip`;
}

async function main(): Promise<number> {
  const text = await tableText();
  const check = process.argv.includes('--check');
  if (check) {
    // `--check --file PATH` checks another copy (the test of the check itself).
    const at = process.argv.indexOf('--file');
    const file = at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : TABLE_FILE;
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      console.error(`${file} is stale: run pnpm exec tsx scripts/gen-replacement-table.ts`);
      return 1;
    }
    console.log('replacement table is up to date');
    return 0;
  }
  writeFileSync(TABLE_FILE, text);
  console.log(`wrote ${TABLE_FILE}: ${text.length} bytes; the data is ${await measure()}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  },
);
