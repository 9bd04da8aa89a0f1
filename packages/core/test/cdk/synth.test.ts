/**
 * Acceptance of the CDK export against outside oracles: for every example, the hostile design and
 * a stage variant, the project is written to a temp dir (the workspace's node_modules symlinked in:
 * no network), type-checked with `tsc`, synthesized offline by its own `bin/<name>.ts` (with the
 * context of its cdk.json, as `cdk synth` passes it), and the template is linted with cfn-lint.
 * The primary resources must equal those of the direct CloudFormation export of the same design,
 * and every label must come out of the synthesized template exactly as it went in.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCdkProject, type CdkProject } from '../../src/cdk/index';
import { toCloudFormation } from '../../src/cfn/index';
import { EXAMPLES } from '../../src/examples';
import type { Design } from '../../src/model/types';
import { API_DESIGN, HOSTILE_DESIGN, LAMBDA_DESIGN } from './fixtures';

const repoRoot = join(__dirname, '../../../..');
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

/** The resource types that stand for the design's components. */
const PRIMARY_TYPES = [
  'AWS::ApiGateway::RestApi',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::CloudFront::Distribution',
  'AWS::DAX::Cluster',
  'AWS::DynamoDB::Table',
  'AWS::EC2::LaunchTemplate',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::Lambda::Function',
  'AWS::RDS::DBInstance',
  'AWS::S3::Bucket',
  'AWS::WAFv2::WebACL',
];

/**
 * Primary types the CDK also creates for its own machinery (the handlers of custom resources, e.g.
 * the VPC's default security group restriction): counted only when they stand for a node (our
 * metadata: `Stackcanvas::Node` in the CloudFormation export, `Stackcanvas` in the CDK app).
 */
const ALSO_CDK_MACHINERY = new Set(['AWS::Lambda::Function']);

interface Case {
  readonly id: string;
  readonly design: Design;
  readonly stage: 'dev' | 'stage' | 'prod';
}

const CASES: readonly Case[] = [
  ...EXAMPLES.map((e) => ({ id: e.id, design: e.design, stage: 'prod' as const })),
  { id: 'hostile', design: HOSTILE_DESIGN, stage: 'prod' },
  { id: 'lambda-placements', design: LAMBDA_DESIGN, stage: 'prod' },
  { id: 'api-integrations', design: API_DESIGN, stage: 'prod' },
  { id: 'web-caching-dev', design: EXAMPLES[0]!.design, stage: 'dev' },
];

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }> };

function countPrimary(template: Template): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of Object.values(template.Resources)) {
    if (!PRIMARY_TYPES.includes(r.Type)) continue;
    if (ALSO_CDK_MACHINERY.has(r.Type) && !r.Metadata?.['Stackcanvas'] && !r.Metadata?.['Stackcanvas::Node']) continue;
    out[r.Type] = (out[r.Type] ?? 0) + 1;
  }
  return out;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function runAsync(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (e) => resolve({ code: -1, out: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

let root = '';
const projects = new Map<string, CdkProject>();
const templates = new Map<string, Template>();
const templateFiles = new Map<string, string>();
let tscResult = { code: -1, out: '' };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'stackcanvas-cdk-'));
  for (const c of CASES) {
    const project = toCdkProject(c.design);
    projects.set(c.id, project);
    const dir = join(root, c.id);
    for (const [path, text] of Object.entries(project.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  // One tsc program over every project (their tsconfig.json files are identical: checked below),
  // so that aws-cdk-lib's declarations are read once.
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({
      extends: `./${CASES[0]!.id}/tsconfig.json`,
      include: CASES.flatMap((c) => [`${c.id}/bin/*.ts`, `${c.id}/lib/*.ts`, `${c.id}/test/*.ts`]),
    }),
  );
  tscResult = run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', root], root);

  // Two synths at a time: the machine has two cores.
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const project = projects.get(c.id)!;
      const dir = join(root, c.id);
      const outdir = join(root, `${c.id}.out`);
      const context = { ...JSON.parse(project.files['cdk.json']!).context, stage: c.stage };
      const r = await runAsync(bin('tsx'), [`bin/${project.names.kebab}.ts`], dir, { CDK_OUTDIR: outdir, CDK_CONTEXT_JSON: JSON.stringify(context) });
      if (r.code !== 0) throw new Error(`synth of ${c.id} failed:\n${r.out.slice(-3000)}`);
      const file = readdirSync(outdir).find((f) => f.endsWith('.template.json'));
      if (!file) throw new Error(`synth of ${c.id} wrote no template: ${readdirSync(outdir).join(', ')}`);
      templateFiles.set(c.id, join(outdir, file));
      templates.set(c.id, JSON.parse(readFileSync(join(outdir, file), 'utf8')));
    }
  };
  await Promise.all([worker(), worker()]);
}, 1_500_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('exported CDK projects', () => {
  it('type-check with tsc', () => {
    const configs = new Set(CASES.map((c) => projects.get(c.id)!.files['tsconfig.json']));
    expect(configs.size).toBe(1);
    expect(tscResult.out).toBe('');
    expect(tscResult.code).toBe(0);
  });

  it('synthesize templates that cfn-lint finds no error in', () => {
    const files = CASES.map((c) => templateFiles.get(c.id)!);
    const r = run('cfn-lint', ['--format', 'json', '--', ...files], root);
    const findings = JSON.parse(r.out.trim() || '[]') as { Level: string; Rule: { Id: string }; Message: string; Filename: string }[];
    const errors = findings.filter((f) => f.Level === 'Error').map((f) => `${f.Filename}: ${f.Rule.Id} ${f.Message}`);
    expect(errors).toEqual([]);
  }, 300_000);

  it.each(CASES.map((c) => [c.id, c] as const))('%s: the primary resources equal those of the CloudFormation export', (_id, c) => {
    const cfn = toCloudFormation(c.design) as unknown as Template;
    const expected = countPrimary(cfn);
    expect(countPrimary(templates.get(c.id)!)).toEqual(expected);
    // And they are what the design implies.
    expect(expected).toEqual(Object.fromEntries(Object.entries(projects.get(c.id)!.primaryResources).filter(([t]) => PRIMARY_TYPES.includes(t))));
  });

  it('uses launch templates, never launch configurations', () => {
    for (const [id, t] of templates) {
      const types = Object.values(t.Resources).map((r) => r.Type);
      expect(types, id).not.toContain('AWS::AutoScaling::LaunchConfiguration');
    }
  });

  it('carries every label verbatim into the template, as data', () => {
    const t = templates.get('hostile')!;
    const labels = new Map<string, string>();
    for (const r of Object.values(t.Resources)) {
      const m = r.Metadata?.['Stackcanvas'] as { nodeId: string; label: string } | undefined;
      if (m) labels.set(m.nodeId, m.label);
    }
    for (const node of HOSTILE_DESIGN.nodes) {
      const expected = node.label ? node.label.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : undefined;
      if (expected) expect(labels.get(node.id), node.id).toBe(expected);
      else expect(labels.has(node.id), node.id).toBe(true);
    }
    const imported = Object.entries(t.Resources).find(([id]) => id === 'ImportedTopic')?.[1];
    expect(imported?.Properties).toEqual({ DisplayName: "it's `${x}` */ \u2028 </script>" });
  });

  it('keeps the security posture: private encrypted data stores, TLS, callers-only security groups', () => {
    const t = templates.get('web-caching')!;
    const of = (type: string) => Object.values(t.Resources).filter((r) => r.Type === type);
    for (const rg of of('AWS::ElastiCache::ReplicationGroup')) {
      expect(rg.Properties).toMatchObject({
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        AutomaticFailoverEnabled: true,
        MultiAZEnabled: true,
      });
    }
    expect(of('AWS::DAX::Cluster')[0]?.Properties).toMatchObject({
      SSESpecification: { SSEEnabled: true },
      ClusterEndpointEncryptionType: 'TLS',
      ReplicationFactor: 3,
    });
    expect(of('AWS::RDS::DBInstance')[0]?.Properties).toMatchObject({ StorageEncrypted: true, MultiAZ: true, PubliclyAccessible: false });
    expect(of('AWS::DynamoDB::Table')[0]?.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(of('AWS::S3::Bucket')[0]?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    expect(of('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    expect(of('AWS::WAFv2::WebACL')[0]?.Properties).toMatchObject({ Scope: 'CLOUDFRONT' });
    // No security group accepts the whole internet: the ALB takes CloudFront's prefix list only.
    const ingress = [
      ...of('AWS::EC2::SecurityGroupIngress').map((r) => r.Properties ?? {}),
      ...of('AWS::EC2::SecurityGroup').flatMap((r) => (r.Properties?.['SecurityGroupIngress'] as Record<string, unknown>[] | undefined) ?? []),
    ];
    expect(ingress.length).toBeGreaterThan(0);
    for (const rule of ingress) expect(rule['CidrIp'], JSON.stringify(rule)).toBeUndefined();
    expect(ingress.filter((r) => r['SourcePrefixListId'])).toHaveLength(1);
    const ports = ingress.map((r) => r['FromPort']).sort();
    expect(ports).toEqual([5432, 6379, 6379, 80, 80, 9111].sort());
    const asg = of('AWS::AutoScaling::AutoScalingGroup')[0]!.Properties!;
    expect(asg).toMatchObject({ MinSize: '2', MaxSize: '6', DesiredCapacity: '2' });
  });

  it('sizes the dev stage down without changing what exists', () => {
    const dev = templates.get('web-caching-dev')!;
    const of = (type: string) => Object.values(dev.Resources).filter((r) => r.Type === type);
    expect(of('AWS::AutoScaling::AutoScalingGroup')[0]?.Properties).toMatchObject({ MinSize: '1', DesiredCapacity: '1' });
    expect(of('AWS::DAX::Cluster')[0]?.Properties).toMatchObject({ ReplicationFactor: 1 });
    expect(of('AWS::RDS::DBInstance')[0]?.Properties).toMatchObject({ MultiAZ: false, DBInstanceClass: 'db.t4g.micro' });
    expect(of('AWS::EC2::NatGateway')).toHaveLength(1);
  });

  it("the exported project's own test passes (node:test through tsx, every stage + snapshot)", () => {
    const project = projects.get('static-site')!;
    const dir = join(root, 'static-site');
    const r = run(bin('tsx'), ['--test', `test/${project.names.kebab}.test.ts`], dir);
    expect(r.out).toMatch(/# pass 4/);
    expect(r.code, r.out.slice(-2000)).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(dir, 'test/__snapshots__/prod.template.json'), 'utf8')) as Template;
    expect(countPrimary(snapshot)).toEqual({ 'AWS::CloudFront::Distribution': 1, 'AWS::S3::Bucket': 1 });
  }, 300_000);
});
