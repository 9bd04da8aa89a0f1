/**
 * Assembles `lib/<name>-stack.ts` and `lib/environments.ts` from a design: the VPC when a node
 * lives in it, then every node's constructs in phase order (ties by node id), then outputs.
 * Deterministic: the same design gives the same text whatever the order of its nodes and edges.
 */
import { catalog, facetsOf, KINDS, type LogStoreFacet } from '../catalog/index';
import { FLOW_LOGS_ACK } from '../cfn/network';
import { indexDesign } from '../model/graph';
import type { Design, DesignNode } from '../model/types';
import { ENVIRONMENT_NAMES } from '../model/types';
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
  'acknowledge',
  'logicalIdOf',
  'accessLogs',
  'accessLogsPolicy',
  'usEast1',
  'flowLog',
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
const RESERVED_IDS = new Set([
  'Vpc',
  'CloudFrontOriginFacingPrefixList',
  'ElbLogDeliveryAccount',
  'ElbLogDeliveryByAccount',
  'AccessLogBucket',
  'AccessLogBucketPolicy',
  'FlowLog',
  'CDKMetadata',
  'BootstrapVersion',
  'CheckBootstrapVersion',
]);

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
  /** Number of resources of each primary CloudFormation type the app creates (the nodes' and the access-log bucket). */
  readonly primaryResources: Readonly<Record<string, number>>;
  /** Some construct lives in the us-east-1 stack (the app creates it and passes it as `usEast1`). */
  readonly usEast1: boolean;
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
const UNTAGGED = ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule'];`;

const ACKNOWLEDGE_HELPER = `/**
 * Records why a cdk-nag finding does not apply or stays: for cdk-nag 3 (Validations.of(app).addPlugins(new
 * AwsSolutionsChecks(app))) and, as cdk-nag 2 wrote it, in the resource's Metadata (cdk_nag.rules_to_suppress).
 */
function acknowledge(scope: IConstruct, rules: { id: string; reason: string }[]): void {
  cdk.Validations.of(scope).acknowledge(...rules);
  const audited = scope instanceof cdk.CfnResource ? scope : (scope.node.defaultChild as cdk.CfnResource | undefined);
  audited?.addMetadata('cdk_nag', { rules_to_suppress: rules });
}

/** The logical id CloudFormation gives a construct's resource (cdk-nag names resources by it in some findings). */
function logicalIdOf(scope: IConstruct): string {
  const element = scope instanceof cdk.CfnElement ? scope : (scope.node.defaultChild as cdk.CfnElement);
  return cdk.Stack.of(element).resolve(element.logicalId) as string;
}`;

/** Variables of the shared access-log bucket and its policy, and of the us-east-1 stack's scope. */
const ACCESS_LOGS_VAR = 'accessLogs';
const ACCESS_LOGS_POLICY_VAR = 'accessLogsPolicy';
const US_EAST_1_VAR = 'usEast1';

/** The flow-log delivery's statements on the log bucket (raw policy JSON; the CloudFormation export's, cfn/network.ts). */
const FLOW_LOG_STATEMENTS = [
  {
    sid: 'FlowLogsAclCheck',
    code: [
      `{`,
      `  Sid: 'FlowLogsAclCheck',`,
      `  Effect: 'Allow',`,
      `  Principal: { Service: 'delivery.logs.amazonaws.com' },`,
      `  Action: 's3:GetBucketAcl',`,
      `  Resource: accessLogs.bucketArn,`,
      `  Condition: {`,
      `    StringEquals: { 'aws:SourceAccount': cdk.Aws.ACCOUNT_ID },`,
      `    ArnLike: { 'aws:SourceArn': \`arn:\${cdk.Aws.PARTITION}:logs:\${cdk.Aws.REGION}:\${cdk.Aws.ACCOUNT_ID}:*\` },`,
      `  },`,
      `}`,
    ].join('\n'),
  },
  {
    sid: 'FlowLogsWrite',
    code: [
      `{`,
      `  Sid: 'FlowLogsWrite',`,
      `  Effect: 'Allow',`,
      `  Principal: { Service: 'delivery.logs.amazonaws.com' },`,
      `  Action: 's3:PutObject',`,
      `  Resource: \`\${accessLogs.bucketArn}/vpc-flow-logs/AWSLogs/\${cdk.Aws.ACCOUNT_ID}/*\`,`,
      `  Condition: {`,
      `    StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': cdk.Aws.ACCOUNT_ID },`,
      `    ArnLike: { 'aws:SourceArn': \`arn:\${cdk.Aws.PARTITION}:logs:\${cdk.Aws.REGION}:\${cdk.Aws.ACCOUNT_ID}:*\` },`,
      `  },`,
      `}`,
    ].join('\n'),
  },
];

/** The kind that holds the access logs (its `logStore` facet). */
function logStore(): LogStoreFacet {
  const store = KINDS.map((k) => facetsOf(k).logStore).find((f) => f !== undefined);
  if (!store) throw new Error('no kind can hold access logs (a logStore facet)');
  return store;
}

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

  const logs = { used: false, acl: false, statements: new Map<string, string>(), dependents: new Set<string>() };
  let usEast1 = false;

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
    accessLogs(options = {}) {
      logs.used = true;
      if (options.acl) logs.acl = true;
      for (const st of options.statements ?? []) logs.statements.set(st.sid, st.code);
      if (options.dependent) logs.dependents.add(options.dependent);
      return ACCESS_LOGS_VAR;
    },
    usEast1() {
      usEast1 = true;
      return US_EAST_1_VAR;
    },
    acknowledge(target, rules) {
      helpers.set('acknowledge', ACKNOWLEDGE_HELPER);
      const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return [`acknowledge(${target}, [`, ...sorted.map((r) => `  { id: ${r.id}, reason: ${tsString(r.reason)} },`), `]);`].join('\n');
    },
  };

  const body: string[] = [];
  /** Statements that need the access-log bucket and its policy: written right after them. */
  const afterLogBucket: string[] = [];
  if (vpc.needed) {
    imports.add('ec2');
    const tiers: string[] = [];
    const parts: string[] = [];
    if (vpc.public) {
      tiers.push(`      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },`);
      parts.push('public subnets for internet-facing load balancers and NAT');
    }
    if (vpc.app) {
      tiers.push(`      { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },`);
      parts.push('private subnets (egress through NAT) for the application servers');
    }
    if (vpc.data) {
      tiers.push(`      { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },`);
      parts.push('isolated subnets for caches and databases');
    }
    const nat = vpc.nat
      ? ctx.size(NETWORK, 'natGateways', {
          doc: 'NAT gateways for the app subnets (one per Availability Zone in stage and prod, one shared in dev).',
          ...vpc.natGateways,
        })
      : '0';
    body.push(
      `// Network over two Availability Zones (the same plan as the CloudFormation export):`,
      ...parts.map((x, i) => `// ${x}${i === parts.length - 1 ? '.' : ';'}`),
      `const vpc = new ec2.Vpc(this, 'Vpc', {`,
      `  ipAddresses: ec2.IpAddresses.cidr(VPC_CIDR),`,
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
    if (ENVIRONMENT_NAMES.some((e) => vpc.flowLogs[e])) {
      const flowLogs = ctx.size(NETWORK, 'flowLogs', { doc: 'VPC flow logs to the access-log bucket (stage and prod).', ...vpc.flowLogs });
      const bucket = ctx.accessLogs({ statements: FLOW_LOG_STATEMENTS });
      afterLogBucket.push(
        `// VPC flow logs (stage and prod), to the access-log bucket.`,
        `if (${flowLogs}) {`,
        `  const flowLog = new ec2.CfnFlowLog(this, 'FlowLog', {`,
        `    resourceId: vpc.vpcId,`,
        `    resourceType: 'VPC',`,
        `    trafficType: 'ALL',`,
        `    logDestinationType: ${tsString(logStore().flowLogDestinationType)},`,
        `    logDestination: \`\${${bucket}.bucketArn}/vpc-flow-logs/\`,`,
        `    maxAggregationInterval: 600,`,
        `  });`,
        `  flowLog.node.addDependency(${ACCESS_LOGS_POLICY_VAR});`,
        `}`,
      );
    }
    if (!vpc.flowLogs.dev) body.push(ctx.acknowledge('vpc', [{ id: tsString(FLOW_LOGS_ACK.id), reason: FLOW_LOGS_ACK.reason }]));
  }
  // The access-log bucket goes here (before the first node) once the nodes have said what they need.
  const logBucketAt = body.length;

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
  if (logs.used) {
    const store = logStore();
    const declaration = [
      '',
      `// The access-log bucket: server access logs, load balancer and CloudFront logs, VPC flow logs; its policy`,
      `// (TLS only, and each log delivery's own statement, raw policy JSON as in the CloudFormation export).`,
      ...store.cdk(
        ctx,
        { bucket: ACCESS_LOGS_VAR, bucketId: 'AccessLogBucket', policy: ACCESS_LOGS_POLICY_VAR, policyId: 'AccessLogBucketPolicy' },
        { acl: logs.acl, statements: [...logs.statements].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, code]) => code) },
      ),
    ];
    body.splice(logBucketAt, 0, ...declaration, ...afterLogBucket);
    for (const d of [...logs.dependents].sort()) body.push(`${d}.node.addDependency(${ACCESS_LOGS_POLICY_VAR});`);
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
    ...(vpc.needed
      ? [`/** The VPC's address range (the CloudFormation export's VpcCidr default): six /24 subnets are carved from it. */\nconst VPC_CIDR = '10.0.0.0/16';\n`]
      : []),
    ...[...helpers.keys()].sort().map((k) => `${helpers.get(k)}\n`),
    `export interface ${stackClass}Props extends cdk.StackProps {`,
    `  /** Deployment stage: dev, stage or prod. */`,
    `  readonly stage: Stage;`,
    `  /** Sizes of that stage (lib/environments.ts). */`,
    `  readonly sizing: Sizing;`,
    ...(usEast1 ? [`  /** The us-east-1 stack, for what AWS creates only there (a web ACL for CloudFront). */`, `  readonly usEast1: cdk.Stack;`] : []),
    `}`,
    '',
    `export class ${stackClass} extends cdk.Stack {`,
    `  constructor(scope: Construct, id: string, props: ${stackClass}Props) {`,
    `    super(scope, id, props);`,
    ...(usesSizing ? [`    const { sizing } = props;`] : []),
    ...(usEast1 ? [`    const ${US_EAST_1_VAR} = props.usEast1;`] : []),
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

  // The primary resources of the nodes, and the stack's access-log bucket.
  const primary = { ...cdkPrimaryResources(design) };
  if (logs.used) primary[logStore().resourceType] = (primary[logStore().resourceType] ?? 0) + 1;
  const primaryResources = Object.fromEntries(Object.entries(primary).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { stack, environments: environmentsFile(sizes), primaryResources, usEast1 };
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
    `// \`stage\` and \`prod\` hold the sizes of the design; \`dev\` (the default) is smaller and cheaper.`,
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
