/**
 * Cross-check against `@aws-cdk/cloudformation-diff` (what `cdk diff` uses) on hand-written
 * template pairs and on seeded random edits of the exported examples, of random design edits and
 * of the AWS sample templates. Per resource the action must match; per property the replacement
 * must match (WILL_REPLACE = True, MAY_REPLACE = Conditional, WILL_UPDATE = False) unless the
 * difference is one of the deliberate ones below, each recognised from evidence in our output
 * (the causes of the detail), never from a list of expected answers. docs/changesets.md explains
 * each:
 * - `resolved-mapping`: the property's text is unchanged but a Mappings row it looks up changed;
 *   cloudformation-diff does not resolve `Fn::FindInMap`, CloudFormation does.
 * - `cascade`: the property refers to a resource that is replaced; we report CloudFormation's
 *   Dynamic evaluation (Conditional for a replacing property, False otherwise) where
 *   cloudformation-diff says WILL_REPLACE or nothing.
 * - `deploy-time-value`: the new value depends on a parameter or a condition, so the replacement
 *   is Conditional where cloudformation-diff, comparing text, says WILL_REPLACE.
 * - `rds-engine`: `AWS::RDS::DBInstance.Engine`, "maybe" in the schema, is True for any engine
 *   change other than the Oracle CDB conversion (refinements.ts).
 * - `nested-property`: a property inside a top-level property that does not replace does
 *   (`StorageLensConfiguration.Id`); cloudformation-diff looks at top-level properties only.
 * - `unknown-type`: a type the spec does not know: Conditional for us, no impact for it.
 * - `no-value`: `{ "Ref": "AWS::NoValue" }` is the same as an absent property for us.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullDiff, type ResourceDifference } from '@aws-cdk/cloudformation-diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, EXAMPLES, type Design, type PropSpec } from '../../src/index';
import { loadUntrusted } from '../../src/import/index';
import { toCloudFormation } from '../../src/cfn/index';
import { diffTemplates, replacementMarker, type ChangeDetail } from '../../src/changeset/index';
import { refinementOf } from '../../src/changeset/refinements';
import { sameValue } from '../../src/changeset/values';
import { exported, template, type Template } from './helpers';

type Category = 'resolved-mapping' | 'cascade' | 'deploy-time-value' | 'rds-engine' | 'nested-property' | 'unknown-type' | 'no-value';

const IMPACT: Record<string, string> = { WILL_REPLACE: 'True', MAY_REPLACE: 'Conditional', WILL_UPDATE: 'False', NO_CHANGE: 'False' };

interface Report {
  readonly problems: string[];
  readonly deviations: Map<Category, number>;
  resources: number;
  agreeing: number;
  skipped: number;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function containsNoValue(v: unknown): boolean {
  return JSON.stringify(v ?? null).includes('"AWS::NoValue"');
}

function valueAt(t: Template, id: string, path: string): unknown {
  const r = t.Resources[id] as Record<string, unknown> | undefined;
  if (!r) return undefined;
  if (path.startsWith('Properties.')) return (r['Properties'] as Record<string, unknown> | undefined)?.[path.slice('Properties.'.length)];
  return r[path];
}

function classify(
  type: string,
  path: string,
  ours: ChangeDetail | undefined,
  theirs: string | undefined,
  raw: { old: unknown; new: unknown },
): Category | undefined {
  if (!ours) return containsNoValue(raw.old) || containsNoValue(raw.new) ? 'no-value' : undefined;
  const kinds = new Set(ours.causes.map((c) => c.kind));
  const textSame = sameValue(ours.old, ours.new);
  if (theirs === undefined) {
    if (textSame && kinds.has('mapping')) return 'resolved-mapping';
    if (textSame && kinds.has('replaced')) return 'cascade';
    if (textSame && kinds.has('condition')) return 'deploy-time-value';
    return undefined;
  }
  const prop = path.startsWith('Properties.') ? path.slice('Properties.'.length) : undefined;
  if (ours.replacement === 'Conditional' && theirs === 'True') {
    if (kinds.has('replaced')) return 'cascade';
    if (kinds.has('parameter') || kinds.has('condition') || kinds.has('mapping')) return 'deploy-time-value';
  }
  if (ours.replacement === 'True' && theirs === 'Conditional' && prop && refinementOf(type, prop)) return 'rds-engine';
  if (ours.replacement !== 'False' && theirs === 'False') {
    if (kinds.has('unknown-type')) return 'unknown-type';
    if (prop && replacementMarker(type, prop) === undefined) return 'nested-property';
    if (textSame && kinds.has('replaced')) return 'cascade';
  }
  if (ours.replacement === 'False' && theirs !== 'False' && textSame && kinds.has('replaced')) return 'cascade';
  return undefined;
}

function crossCheck(name: string, before: Template, after: Template, report: Report): void {
  const ours = diffTemplates(before, after);
  let theirs: ReturnType<typeof fullDiff>;
  try {
    theirs = fullDiff(clone(before) as never, clone(after) as never);
  } catch {
    // cloudformation-diff reads IAM policies and throws on a random edit that broke one (no PolicyDocument).
    report.skipped++;
    return;
  }
  const byId = new Map<string, ResourceDifference>();
  theirs.resources.forEachDifference((id, c) => {
    if (c.isDifferent) byId.set(id, c);
  });
  const ids = [...new Set([...ours.changes.map((c) => c.logicalId), ...byId.keys()])].sort();
  for (const id of ids) {
    report.resources++;
    const mine = ours.changes.filter((c) => c.logicalId === id);
    const t = byId.get(id);
    const where = `${name} ${id}`;
    if (id.startsWith('Fn::ForEach::')) {
      if (!!t !== (mine.length === 1 && mine[0]!.action === 'Dynamic'))
        report.problems.push(`${where}: ForEach ${mine.map((c) => c.action)} vs ${t?.changeImpact}`);
      continue;
    }
    const theirActions = !t ? [] : t.isAddition ? ['Add'] : t.isRemoval ? ['Remove'] : t.oldResourceType !== t.newResourceType ? ['Remove', 'Add'] : ['Modify'];
    const myActions = mine.map((c) => c.action);
    const modifyOnOneSide = (theirActions.length === 0 && myActions.join() === 'Modify') || (myActions.length === 0 && theirActions.join() === 'Modify');
    if (theirActions.join() !== myActions.join() && !modifyOnOneSide) {
      report.problems.push(`${where}: actions ${JSON.stringify(myActions)} vs cloudformation-diff ${JSON.stringify(theirActions)} (${t?.changeImpact})`);
      continue;
    }
    if (myActions[0] !== 'Modify' && theirActions[0] !== 'Modify') {
      report.agreeing++;
      continue;
    }
    const modify = mine[0] ?? { resourceType: t!.newResourceType ?? '', details: [] as ChangeDetail[] };
    const theirPaths = new Map<string, string>();
    if (t) {
      for (const [k, d] of Object.entries(t.propertyUpdates)) theirPaths.set(`Properties.${k}`, IMPACT[d.changeImpact ?? 'NO_CHANGE'] ?? '?');
      for (const k of Object.keys(t.otherChanges)) theirPaths.set(k, 'False');
    }
    let agrees = true;
    for (const path of new Set([...modify.details.map((d) => d.path), ...theirPaths.keys()])) {
      const detail = modify.details.find((d) => d.path === path);
      const theirsAt = theirPaths.get(path);
      if (detail?.replacement === theirsAt) continue;
      agrees = false;
      const category = classify(modify.resourceType, path, detail, theirsAt, { old: valueAt(before, id, path), new: valueAt(after, id, path) });
      if (category) report.deviations.set(category, (report.deviations.get(category) ?? 0) + 1);
      else
        report.problems.push(
          `${where} ${path}: ours ${detail?.replacement ?? 'no change'} (${JSON.stringify(detail?.causes ?? [])}) vs cloudformation-diff ${theirsAt ?? 'no change'}`,
        );
    }
    if (agrees) report.agreeing++;
  }
}

// ---------------------------------------------------------------------------------------------
// Hand-written pairs

const rds = (engine: string) => ({ Type: 'AWS::RDS::DBInstance', Properties: { Engine: engine, DBInstanceClass: 'db.t4g.small', AllocatedStorage: '20' } });
const ddb = (key: string, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::DynamoDB::Table',
  Properties: { AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }], KeySchema: [{ AttributeName: key, KeyType: 'HASH' }], ...extra },
});
const dax = (props: Record<string, unknown>) => ({
  Type: 'AWS::DAX::Cluster',
  Properties: { NodeType: 'dax.t3.small', ReplicationFactor: 3, IAMRoleARN: 'r', ...props },
});
const vpcChain = (cidr: string, desc = 'web') => ({
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: cidr } },
  Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24' } },
  Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Subnet' }, RouteTableId: 'rtb-1' } },
  Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: desc, VpcId: { Ref: 'Vpc' } } },
  Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { SecurityGroupIds: [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }] } } },
});
const param = { Parameters: { P: { Type: 'String' }, Env: { Type: 'String' } } };
const sizes = (dev: number, prod: number) => ({ ...param, Mappings: { Sizes: { dev: { N: dev }, prod: { N: prod } } } });

const HAND: [string, Template, Template][] = [
  ['dynamodb key schema', template({ T: ddb('pk') }), template({ T: ddb('id') })],
  ['dynamodb table name kept', template({ T: ddb('pk', { TableName: 'x' }) }), template({ T: ddb('id', { TableName: 'x' }) })],
  ['rds engine', template({ D: rds('postgres') }), template({ D: rds('mysql') })],
  [
    'rds instance class',
    template({ D: rds('postgres') }),
    template({ D: { ...rds('postgres'), Properties: { ...rds('postgres').Properties, DBInstanceClass: 'db.r6g.large' } } }),
  ],
  [
    'elasticache type change',
    template({ C: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'c', Engine: 'redis' } } }),
    template({ C: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'memcached', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1 } } }),
  ],
  [
    'asg max size',
    template({ A: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '4' } } }),
    template({ A: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '6' } } }),
  ],
  [
    'target group stickiness',
    template({
      G: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, TargetGroupAttributes: [{ Key: 'stickiness.enabled', Value: 'false' }] } },
    }),
    template({
      G: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, TargetGroupAttributes: [{ Key: 'stickiness.enabled', Value: 'true' }] } },
    }),
  ],
  ['dax replication factor', template({ X: dax({}) }), template({ X: dax({ ReplicationFactor: 5 }) })],
  ['dax node type from a parameter', template({ X: dax({}) }, param), template({ X: dax({ NodeType: { Ref: 'P' } }) }, param)],
  [
    'removed and added',
    template({ B: { Type: 'AWS::S3::Bucket' }, Q: { Type: 'AWS::SQS::Queue' } }),
    template({ Q: { Type: 'AWS::SQS::Queue' }, T: { Type: 'AWS::SNS::Topic' } }),
  ],
  ['cascade', template(vpcChain('10.0.0.0/16')), template(vpcChain('10.1.0.0/16'))],
  ['replaced security group, referrer updated', template(vpcChain('10.0.0.0/16')), template(vpcChain('10.0.0.0/16', 'api'))],
  [
    'attributes',
    template({ Q: { Type: 'AWS::SQS::Queue', DeletionPolicy: 'Delete', Metadata: { a: 1 } }, T: { Type: 'AWS::SNS::Topic' } }),
    template({
      Q: { Type: 'AWS::SQS::Queue', DeletionPolicy: 'Retain', Metadata: { a: 2 }, DependsOn: ['T'], UpdateReplacePolicy: 'Retain' },
      T: { Type: 'AWS::SNS::Topic' },
    }),
  ],
  [
    'tags reordered',
    template({
      B: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          Tags: [
            { Key: 'a', Value: '1' },
            { Key: 'b', Value: '2' },
          ],
        },
      },
    }),
    template({
      B: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          Tags: [
            { Key: 'b', Value: '2' },
            { Key: 'a', Value: '1' },
          ],
        },
      },
    }),
  ],
  [
    'key order and scalar spelling only',
    template({
      A: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: 1, MaxSize: '4', Tags: [{ Key: 'k', Value: 'v', PropagateAtLaunch: true }] } },
    }),
    template({
      A: { Properties: { Tags: [{ PropagateAtLaunch: 'true', Value: 'v', Key: 'k' }], MaxSize: 4, MinSize: '1' }, Type: 'AWS::AutoScaling::AutoScalingGroup' },
    }),
  ],
  [
    'mapping, every row',
    template({ X: dax({ NodeType: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'N'] } }) }, sizes(1, 2)),
    template({ X: dax({ NodeType: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'N'] } }) }, sizes(3, 4)),
  ],
  [
    'mapping, one row',
    template({ X: dax({ NodeType: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'N'] } }) }, sizes(1, 2)),
    template({ X: dax({ NodeType: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'N'] } }) }, sizes(1, 4)),
  ],
  [
    'Fn::If one branch',
    template({ X: dax({ NodeType: { 'Fn::If': ['Big', 'l', 's'] } }) }, { Conditions: { Big: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } }, ...param }),
    template({ X: dax({ NodeType: { 'Fn::If': ['Big', 'l', 'm'] } }) }, { Conditions: { Big: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } }, ...param }),
  ],
  ['unknown type', template({ C: { Type: 'Custom::Thing', Properties: { A: 1 } } }), template({ C: { Type: 'Custom::Thing', Properties: { A: 2 } } })],
  [
    'nested replacing property',
    template({ L: { Type: 'AWS::S3::StorageLens', Properties: { StorageLensConfiguration: { Id: 'a', IsEnabled: true, AccountLevel: {} } } } }),
    template({ L: { Type: 'AWS::S3::StorageLens', Properties: { StorageLensConfiguration: { Id: 'b', IsEnabled: true, AccountLevel: {} } } } }),
  ],
  [
    'nested property that does not replace',
    template({ L: { Type: 'AWS::S3::StorageLens', Properties: { StorageLensConfiguration: { Id: 'a', IsEnabled: true, AccountLevel: {} } } } }),
    template({ L: { Type: 'AWS::S3::StorageLens', Properties: { StorageLensConfiguration: { Id: 'a', IsEnabled: false, AccountLevel: {} } } } }),
  ],
  [
    'no value',
    template({ Q: { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: { Ref: 'AWS::NoValue' } } } }),
    template({ Q: { Type: 'AWS::SQS::Queue' } }),
  ],
  [
    'for each',
    template({ 'Fn::ForEach::T': ['N', ['a'], { '${N}Topic': { Type: 'AWS::SNS::Topic' } }] }, { Transform: 'AWS::LanguageExtensions' }),
    template({ 'Fn::ForEach::T': ['N', ['a', 'b'], { '${N}Topic': { Type: 'AWS::SNS::Topic' } }] }, { Transform: 'AWS::LanguageExtensions' }),
  ],
];

// ---------------------------------------------------------------------------------------------
// Random edits

const samplesDir = join(__dirname, '../../../../../shared/fixtures/aws-samples');

function samples(): [string, Template][] {
  return readdirSync(samplesDir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => {
      const r = loadUntrusted(readFileSync(join(samplesDir, f), 'utf8'), 'template');
      if (!r.ok) throw new Error(`${f}: ${r.error.message}`);
      return [f, r.value as Template];
    });
}

const BASES: [string, Template][] = [...EXAMPLES.map((e): [string, Template] => [e.id, exported(e.design)]), ...samples()];

type Edit =
  | { op: 'set'; r: number; p: number; v: number }
  | { op: 'delete-prop'; r: number; p: number }
  | { op: 'policy'; r: number; which: 'DeletionPolicy' | 'UpdateReplacePolicy'; v: number }
  | { op: 'remove'; r: number }
  | { op: 'copy'; r: number }
  | { op: 'retype'; r: number }
  | { op: 'param'; r: number; p: number }
  | { op: 'mapping'; v: number; all: boolean }
  | { op: 'shuffle'; r: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), r: fc.nat(), p: fc.nat(), v: fc.nat(9) }),
  fc.record({ op: fc.constant('delete-prop' as const), r: fc.nat(), p: fc.nat() }),
  fc.record({
    op: fc.constant('policy' as const),
    r: fc.nat(),
    which: fc.constantFrom('DeletionPolicy' as const, 'UpdateReplacePolicy' as const),
    v: fc.nat(2),
  }),
  fc.record({ op: fc.constant('remove' as const), r: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), r: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), r: fc.nat() }),
  fc.record({ op: fc.constant('param' as const), r: fc.nat(), p: fc.nat() }),
  fc.record({ op: fc.constant('mapping' as const), v: fc.nat(50), all: fc.boolean() }),
  fc.record({ op: fc.constant('shuffle' as const), r: fc.nat() }),
);

function changed(v: unknown, n: number): unknown {
  if (typeof v === 'string') return `${v}-${n}`;
  if (typeof v === 'number') return v + n + 1;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return n % 2 ? v.slice(0, -1) : [...v, ...v.slice(0, 1)];
  if (v && typeof v === 'object') return { ...v, [`Edited${n}`]: n };
  return n;
}

function applyEdits(base: Template, edits: readonly Edit[]): Template {
  const t = clone(base);
  const resources = t.Resources as Record<string, Record<string, unknown>>;
  for (const e of edits) {
    const ids = Object.keys(resources).filter((id) => !id.startsWith('Fn::ForEach::'));
    if (!ids.length) break;
    const id = 'r' in e ? ids[e.r % ids.length]! : ids[0]!;
    const res = resources[id]!;
    const props = (res['Properties'] ?? {}) as Record<string, unknown>;
    const names = Object.keys(props).sort();
    switch (e.op) {
      case 'set':
        if (names.length) props[names[e.p % names.length]!] = changed(props[names[e.p % names.length]!], e.v);
        break;
      case 'delete-prop':
        if (names.length) delete props[names[e.p % names.length]!];
        break;
      case 'policy':
        res[e.which] = ['Retain', 'Snapshot', 'Delete'][e.v]!;
        break;
      case 'remove':
        delete resources[id];
        break;
      case 'copy':
        resources[`${id}Copy`] = clone(res);
        break;
      case 'retype':
        res['Type'] = res['Type'] === 'AWS::SNS::Topic' ? 'AWS::SQS::Queue' : 'AWS::SNS::Topic';
        break;
      case 'param': {
        const parameters = (t['Parameters'] ?? {}) as Record<string, unknown>;
        parameters['EditedParam'] = { Type: 'String' };
        t['Parameters'] = parameters;
        if (names.length) props[names[e.p % names.length]!] = { Ref: 'EditedParam' };
        break;
      }
      case 'mapping': {
        const sizes = (t['Mappings'] as Record<string, Record<string, Record<string, unknown>>> | undefined)?.['EnvironmentSizes'];
        if (!sizes) break;
        const keys = Object.keys(Object.values(sizes)[0] ?? {}).sort();
        if (!keys.length) break;
        const key = keys[e.v % keys.length]!;
        for (const [env, row] of Object.entries(sizes)) if (e.all || env === 'prod') row[key] = changed(row[key], e.v);
        break;
      }
      case 'shuffle':
        resources[id] = Object.fromEntries(Object.entries(res).reverse());
        if (res['Properties']) resources[id]!['Properties'] = Object.fromEntries(Object.entries(props).reverse());
        break;
    }
    if (resources[id] && e.op !== 'remove' && e.op !== 'shuffle' && res['Properties'] !== undefined) res['Properties'] = props;
  }
  return t;
}

/** A valid random value for a catalog prop (or undefined when none can be made simply). */
function propValue(spec: PropSpec, n: number): unknown {
  switch (spec.type) {
    case 'boolean':
      return !spec.default;
    case 'integer':
      return spec.min + (n % (Math.min(spec.max, spec.min + 20) - spec.min + 1));
    case 'enum':
      return spec.options[n % spec.options.length]!.value;
    case 'string':
      return spec.pattern ? undefined : `v${n}`;
    default:
      return undefined;
  }
}

function editDesign(design: Design, nodeIndex: number, propIndex: number, n: number): Design | undefined {
  const node = design.nodes[nodeIndex % design.nodes.length]!;
  const specs = Object.entries(catalog[node.kind].props as Record<string, PropSpec>).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!specs.length) return undefined;
  const [name, spec] = specs[propIndex % specs.length]!;
  const value = propValue(spec, n);
  if (value === undefined) return undefined;
  return { ...design, nodes: design.nodes.map((x) => (x === node ? { ...x, props: { ...x.props, [name]: value } } : x)) };
}

describe('cross-check with @aws-cdk/cloudformation-diff', () => {
  const report: Report = { problems: [], deviations: new Map(), resources: 0, agreeing: 0, skipped: 0 };
  let pairs = 0;
  let changedPairs = 0;
  const run = (name: string, a: Template, b: Template) => {
    pairs++;
    if (diffTemplates(a, b).changes.length) changedPairs++;
    crossCheck(name, a, b, report);
  };

  it('hand-written pairs', () => {
    for (const [name, a, b] of HAND) run(name, a, b);
    expect(report.problems).toEqual([]);
    // The hand pairs were written to show each deliberate difference once.
    expect([...report.deviations.keys()].sort()).toEqual([
      'cascade',
      'deploy-time-value',
      'nested-property',
      'no-value',
      'rds-engine',
      'resolved-mapping',
      'unknown-type',
    ]);
  }, 60_000);

  it('random template edits of the exported examples and the AWS samples (seeded)', () => {
    fc.assert(
      fc.property(fc.nat(BASES.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
        const [name, t] = BASES[base]!;
        run(`${name} ${JSON.stringify(edits)}`, t, applyEdits(t, edits));
      }),
      { seed: 20261201, numRuns: 60 },
    );
    expect(report.problems).toEqual([]);
  }, 120_000);

  it('random design edits of the examples, exported (seeded)', () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLES.length - 1), fc.nat(), fc.nat(), fc.nat(20), (e, node, prop, n) => {
        const design = EXAMPLES[e]!.design;
        const edited = editDesign(design, node, prop, n);
        if (!edited) return;
        let after: Template;
        try {
          after = JSON.parse(JSON.stringify(toCloudFormation(edited))) as Template;
        } catch {
          return; // a combination the exporter refuses (the validator would report it)
        }
        run(`${EXAMPLES[e]!.id} design edit`, exported(design), after);
      }),
      { seed: 7, numRuns: 40 },
    );
    expect(report.problems).toEqual([]);
  }, 120_000);

  it('covers enough ground: at least 30 pairs with changes, most resources agreeing exactly, only documented deviations', () => {
    expect(pairs).toBeGreaterThanOrEqual(100);
    expect(changedPairs).toBeGreaterThanOrEqual(30);
    if (process.env['CROSS_CHECK_REPORT']) console.log(JSON.stringify({ pairs, changedPairs, ...report, deviations: Object.fromEntries(report.deviations) }));
    expect(report.skipped).toBeLessThan(pairs / 10);
    // Cascades are most of the rest: each replaced resource shows its referrers as Dynamic updates.
    expect(report.agreeing / report.resources).toBeGreaterThan(0.6);
    for (const category of report.deviations.keys()) {
      expect(['resolved-mapping', 'cascade', 'deploy-time-value', 'rds-engine', 'nested-property', 'unknown-type', 'no-value']).toContain(category);
    }
  });
});
