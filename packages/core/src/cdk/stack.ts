/**
 * Assembles `lib/<name>-stack.ts` and `lib/environments.ts` from a design: the VPC when a node
 * lives in it, then every node's constructs in phase order (ties by node id), then outputs.
 * Deterministic: the same design gives the same text whatever the order of its nodes and edges.
 */
import { catalog, facetsOf } from '../catalog/index';
import { indexDesign } from '../model/graph';
import type { Design, DesignNode } from '../model/types';
import { planNetwork } from '../network/plan';
import { camelCase, pascalCase, tsKey, tsString, wellFormed } from './literal';
import { CDK_MODULES, STAGES, type CdkContext, type CdkModule, type SizeSpec, type Stage, type SubnetTier } from './types';

/** Identifiers the generated constructor or module already uses. */
const RESERVED_VARS = new Set([
  ...Object.keys(CDK_MODULES),
  'cdk',
  'Construct',
  'IConstruct',
  'vpc',
  'sizing',
  'props',
  'scope',
  'id',
  'stage',
  'app',
  'keepLabel',
  'describe',
  'managedRuleGroup',
  'cloudFrontPrefixList',
  'network',
  // JavaScript reserved and contextual words that cannot or should not name a variable.
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'as',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'await',
  'async',
  'of',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'constructor',
  'prototype',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'Error',
  'JSON',
  'Math',
]);

/** Construct ids already taken at stack level (by this generator or by the CDK itself). */
const RESERVED_IDS = new Set(['Vpc', 'CloudFrontOriginFacingPrefixList', 'CDKMetadata', 'BootstrapVersion', 'CheckBootstrapVersion']);

/** Key of the VPC's sizes (not a node id: node ids cannot hold a NUL). */
const NETWORK = '\u0000network';

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function claim(taken: Set<string>, wanted: string, reserved: ReadonlySet<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name) || reserved.has(name); i++) name = `${wanted}${i}`;
  taken.add(name);
  return name;
}

export interface GeneratedStack {
  /** `lib/<name>-stack.ts` */
  readonly stack: string;
  /** `lib/environments.ts` */
  readonly environments: string;
  /** Number of resources of each primary CloudFormation type the stack creates. */
  readonly primaryResources: Readonly<Record<string, number>>;
}

/** The CloudFormation resource types that stand for each node (what a reader would call "the" resource). */
export function cdkPrimaryResources(design: Design): Record<string, number> {
  const index = indexDesign(design);
  const out: Record<string, number> = {};
  for (const n of design.nodes) for (const type of facetsOf(n.kind).cdk.primaryResources(n, index)) out[type] = (out[type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const KEEP_LABEL_HELPER = `/**
 * Keeps the designer's node id and label on a resource: verbatim in its CloudFormation Metadata,
 * and as its Name tag (reduced to the characters tags accept).
 */
function keepLabel(scope: IConstruct, nodeId: string, label: string): void {
  const resource = scope instanceof cdk.CfnResource ? scope : (scope.node.defaultChild as cdk.CfnResource | undefined);
  resource?.addMetadata('Stackcanvas', { nodeId, label });
  const name = Array.from(label.replace(/[^\\p{L}\\p{N} _.:/=+@-]+/gu, ' ').replace(/\\s+/g, ' ').trim()).slice(0, 128).join('');
  if (name) cdk.Tags.of(scope).add('Name', name, { excludeResourceTypes: UNTAGGED });
}`;

const UNTAGGED_CONST = `/** Types that CDK would tag but whose CloudFormation schema (as cfn-lint knows it) has no Tags. */
const UNTAGGED = ['AWS::ElasticLoadBalancingV2::Listener'];`;

function literal(value: SizeSpec['prod']): string {
  return typeof value === 'string' ? tsString(value) : String(value);
}

/** Generates the stack and environment files for `design`; `stackClass` names the class. */
export function generateStack(design: Design, stackClass: string): GeneratedStack {
  const index = indexDesign(design);
  const vpc = planNetwork(design);
  const nodes = [...design.nodes].sort(byId);

  const varTaken = new Set<string>();
  const idTaken = new Set<string>();
  const vars = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const n of nodes) {
    const camel = camelCase(n.id) || 'node';
    const wantedVar = RESERVED_VARS.has(camel) || varTaken.has(camel) ? `${camel}${facetsOf(n.kind).cdk.idSuffix}` : camel;
    vars.set(n.id, claim(varTaken, wantedVar, RESERVED_VARS));
    ids.set(n.id, claim(idTaken, pascalCase(n.id) || 'Node', RESERVED_IDS));
  }
  const helperVars = new Map<string, string>();
  const helperIds = new Map<string, string>();
  const imports = new Set<CdkModule>();
  const sizes = new Map<string, Map<string, SizeSpec>>();
  const outputs: { id: string; value: string; description: string }[] = [];
  const onceKeys = new Set<string>();
  const helpers = new Map<string, string>();
  helpers.set('keepLabel', KEEP_LABEL_HELPER);

  const ctx: CdkContext = {
    index,
    vpc,
    facets: facetsOf,
    v: (nodeId) => vars.get(nodeId) ?? 'undefined',
    id: (nodeId) => ids.get(nodeId) ?? 'Unknown',
    helperVar(nodeId, suffix) {
      const key = `${nodeId}\u0000${suffix}`;
      let v = helperVars.get(key);
      if (!v) helperVars.set(key, (v = claim(varTaken, `${ctx.v(nodeId)}${suffix}`, RESERVED_VARS)));
      return v;
    },
    helperId(nodeId, suffix) {
      const key = `${nodeId}\u0000${suffix}`;
      let v = helperIds.get(key);
      if (!v) helperIds.set(key, (v = claim(idTaken, `${ctx.id(nodeId)}${suffix}`, RESERVED_IDS)));
      return v;
    },
    use: (m) => void imports.add(m),
    size(nodeId, field, spec) {
      const key = nodeId === NETWORK ? 'network' : ctx.v(nodeId);
      const fields = sizes.get(key) ?? sizes.set(key, new Map()).get(key)!;
      fields.set(field, spec);
      return `sizing.${key}.${field}`;
    },
    output(id, value, description) {
      outputs.push({ id: claim(idTaken, id, RESERVED_IDS), value, description });
    },
    subnets(tier: SubnetTier) {
      const type = tier === 'public' ? 'PUBLIC' : tier === 'app' ? 'PRIVATE_WITH_EGRESS' : 'PRIVATE_ISOLATED';
      return `{ subnetType: ec2.SubnetType.${type} }`;
    },
    once: (key) => (onceKeys.has(key) ? false : (onceKeys.add(key), true)),
    helper: (key, code) => void (helpers.has(key) || helpers.set(key, code)),
  };

  const body: string[] = [];
  if (vpc.needed) {
    imports.add('ec2');
    const tiers: string[] = [];
    const parts: string[] = [];
    if (vpc.public) {
      tiers.push(`      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },`);
      parts.push('public subnets for internet-facing load balancers and NAT');
    }
    if (vpc.app) {
      tiers.push(`      { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },`);
      parts.push('private subnets for the application servers');
    }
    if (vpc.data) {
      tiers.push(`      { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },`);
      parts.push('isolated subnets for caches and databases');
    }
    const nat = vpc.app
      ? ctx.size(NETWORK, 'natGateways', { doc: 'NAT gateways for the private subnets (one per Availability Zone in production).', prod: 2, stage: 2, dev: 1 })
      : '0';
    body.push(
      `// Network over two Availability Zones:`,
      ...parts.map((x, i) => `// ${x}${i === parts.length - 1 ? '.' : ';'}`),
      `const vpc = new ec2.Vpc(this, 'Vpc', {`,
      `  maxAzs: 2,`,
      `  natGateways: ${nat},`,
      `  subnetConfiguration: [`,
      ...tiers.map((t) => t.slice(2)),
      `  ],`,
      `});`,
    );
    if (vpc.app) {
      // S3 always (package mirrors and SSM use it); the other gateway endpoints the callees declare.
      const gateways = new Set<string>();
      for (const n of design.nodes) {
        if (!vpc.egress.has(n.id)) continue;
        for (const e of index.outgoing(n.id)) {
          const callee = index.nodes.get(e.target);
          const endpoint = callee && facetsOf(callee.kind).reach?.gatewayEndpoint;
          if (endpoint && endpoint.service !== 'S3')
            gateways.add(`vpc.addGatewayEndpoint('${endpoint.id}', { service: ec2.GatewayVpcEndpointAwsService.${endpoint.service} });`);
        }
      }
      body.push(`// S3 (and DynamoDB) traffic from the instances stays on the AWS network and off the NAT gateways.`);
      body.push(`vpc.addGatewayEndpoint('S3Endpoint', { service: ec2.GatewayVpcEndpointAwsService.S3 });`);
      body.push(...[...gateways].sort());
    }
  }

  const ordered = [...nodes].sort((a, b) => facetsOf(a.kind).cdk.phase - facetsOf(b.kind).cdk.phase || byId(a, b));
  for (const node of ordered) {
    const lines = facetsOf(node.kind).cdk.emit(node, ctx);
    if (body.length) body.push('');
    body.push(`// ${catalog[node.kind].name.en}: ${node.id}`, ...lines);
    const v = ctx.v(node.id);
    if (lines.some((l) => l.startsWith(`const ${v} = `))) {
      body.push(`keepLabel(${v}, ${tsString(node.id)}, ${tsString(nodeLabel(node))});`);
    }
  }
  if (outputs.length) {
    body.push('');
    for (const o of [...outputs].sort(byId)) {
      body.push(`new cdk.CfnOutput(this, ${tsString(o.id)}, { value: ${o.value}, description: ${tsString(o.description)} });`);
    }
  }

  const usesSizing = sizes.size > 0;
  const importLines = [
    `import * as cdk from 'aws-cdk-lib';`,
    ...[...imports].sort().map((m) => `import * as ${m} from '${CDK_MODULES[m]}';`),
    `import type { Construct, IConstruct } from 'constructs';`,
    `import type { Sizing, Stage } from './environments';`,
  ];
  const stack = [
    `// Generated by Stackcanvas. Edit freely: this is an ordinary CDK app.`,
    ...importLines,
    '',
    `${UNTAGGED_CONST}\n`,
    ...[...helpers.keys()].sort().map((k) => `${helpers.get(k)}\n`),
    `export interface ${stackClass}Props extends cdk.StackProps {`,
    `  /** Deployment stage: dev, stage or prod. */`,
    `  readonly stage: Stage;`,
    `  /** Sizes of that stage (lib/environments.ts). */`,
    `  readonly sizing: Sizing;`,
    `}`,
    '',
    `export class ${stackClass} extends cdk.Stack {`,
    `  constructor(scope: Construct, id: string, props: ${stackClass}Props) {`,
    `    super(scope, id, props);`,
    ...(usesSizing ? [`    const { sizing } = props;`] : []),
    `    cdk.Tags.of(this).add('stage', props.stage, { excludeResourceTypes: UNTAGGED });`,
    '',
    ...body.map((l) =>
      l
        ? l
            .split('\n')
            .map((x) => `    ${x}`)
            .join('\n')
        : '',
    ),
    `  }`,
    `}`,
    '',
  ].join('\n');

  return { stack, environments: environmentsFile(sizes), primaryResources: cdkPrimaryResources(design) };
}

function nodeLabel(node: DesignNode): string {
  return typeof node.label === 'string' && node.label !== '' ? wellFormed(node.label) : catalog[node.kind].name.en;
}

function environmentsFile(sizes: ReadonlyMap<string, ReadonlyMap<string, SizeSpec>>): string {
  const groups = [...sizes.keys()].sort();
  const iface = groups.flatMap((g) => {
    const fields = [...sizes.get(g)!.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return [
      `  readonly ${tsKey(g)}: {`,
      ...fields.flatMap(([f, spec]) => [`    /** ${spec.doc.replace(/\*\//g, '* /')} */`, `    readonly ${tsKey(f)}: ${typeof spec.prod};`]),
      `  };`,
    ];
  });
  const stageBlock = (stage: Stage) => [
    `  ${stage}: {`,
    ...groups.map((g) => {
      const fields = [...sizes.get(g)!.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      return `    ${tsKey(g)}: { ${fields.map(([f, spec]) => `${tsKey(f)}: ${literal(spec[stage])}`).join(', ')} },`;
    }),
    `  },`,
  ];
  return [
    `// Generated by Stackcanvas. Sizes per deployment stage: choose one with \`npx cdk deploy -c stage=dev\`.`,
    `// \`prod\` (the default) holds the sizes of the design; \`dev\` is smaller and cheaper.`,
    '',
    `export const STAGES = ['dev', 'stage', 'prod'] as const;`,
    `export type Stage = (typeof STAGES)[number];`,
    '',
    `export function isStage(value: unknown): value is Stage {`,
    `  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);`,
    `}`,
    '',
    groups.length ? `export interface Sizing {` : `// The design has nothing whose size depends on the stage.\nexport type Sizing = Record<string, never>;`,
    ...(groups.length ? [...iface, `}`] : []),
    '',
    `export const SIZING: Readonly<Record<Stage, Sizing>> = {`,
    ...STAGES.flatMap((s) => (groups.length ? stageBlock(s) : [`  ${s}: {},`])),
    `};`,
    '',
  ].join('\n');
}
