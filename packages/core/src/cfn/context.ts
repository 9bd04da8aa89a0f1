/**
 * The emit context: what one kind's emitter (`catalog/<kind>/cfn.ts`) may read and add while the
 * template is assembled. Emitters are pure: they read the design through the context and add
 * resources, outputs, mappings and conditions to it; they never see each other's objects.
 */
import type { Kind } from '../catalog/index';
import { coreMessage, renderMessage, type CoreMessage, type MessageCode, type MessageParam } from '../errors/catalogue';
import type { Held } from '../catalog/import-facet';
import type { KindFacets, TagStyle } from '../catalog/kind';
import type { DesignIndex } from '../model/graph';
import type { NetworkPlan, SubnetTier } from '../network/plan';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import { EDGE_METADATA_KEY, LABEL_METADATA_KEY, NODE_METADATA_KEY, SHARED_METADATA_KEY } from './metadata-keys';

/** A CloudFormation value: scalars, arrays, objects, intrinsic functions in long form. */
export type CfnValue = unknown;
export type CfnObject = Record<string, CfnValue>;

export interface CfnResource {
  readonly Type: string;
  Properties?: CfnObject;
  Metadata?: CfnObject;
  DependsOn?: string | string[];
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  UpdatePolicy?: CfnObject;
  CreationPolicy?: CfnObject;
  [attribute: string]: CfnValue;
}

export interface CfnOutput {
  readonly Description: string;
  readonly Value: CfnValue;
  readonly Export?: { readonly Name: CfnValue };
  readonly Condition?: string;
}

export interface CfnParameter {
  readonly Type: string;
  readonly Description: string;
  readonly Default?: string | number;
  readonly AllowedValues?: readonly (string | number)[];
  readonly AllowedPattern?: string;
  readonly ConstraintDescription?: string;
}

/** The template object: CloudFormation JSON in memory (intrinsics in long form). */
export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Transform?: CfnValue;
  Metadata?: CfnObject;
  Parameters?: Record<string, CfnValue>;
  Rules?: Record<string, CfnValue>;
  Mappings?: Record<string, CfnValue>;
  Conditions?: Record<string, CfnValue>;
  Resources: Record<string, CfnValue>;
  Outputs?: Record<string, CfnValue>;
  [section: string]: CfnValue;
}

export { EDGE_METADATA_KEY, LABEL_METADATA_KEY, NODE_METADATA_KEY, SHARED_METADATA_KEY };

/**
 * A design the emitters cannot turn into a template (e.g. a distribution without any origin):
 * the catalogue entry (stable code, parameters, English and Korean text), the nodes it is about.
 * `message` is the English line.
 */
export class CfnExportError extends Error {
  readonly detail: CoreMessage;
  constructor(
    entry: MessageCode,
    params: Readonly<Record<string, MessageParam>> = {},
    readonly nodes: readonly string[] = [],
  ) {
    const detail = coreMessage(entry, params);
    super(renderMessage(detail, 'en'));
    this.detail = detail;
    this.name = 'CfnExportError';
  }
}

// Intrinsic function helpers (long form; the YAML dumper writes them as short-form tags).
export const ref = (logicalId: string): CfnObject => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): CfnObject => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const sub = (text: string, vars?: CfnObject): CfnObject => ({ 'Fn::Sub': vars ? [text, vars] : text });
export const join = (sep: string, parts: readonly CfnValue[]): CfnObject => ({ 'Fn::Join': [sep, parts] });
export const select = (index: number, list: CfnValue): CfnObject => ({ 'Fn::Select': [index, list] });
export const findInMap = (map: string, key1: CfnValue, key2: CfnValue): CfnObject => ({ 'Fn::FindInMap': [map, key1, key2] });
export const ifCond = (condition: string, whenTrue: CfnValue, whenFalse: CfnValue): CfnObject => ({ 'Fn::If': [condition, whenTrue, whenFalse] });
export const NO_VALUE: CfnObject = { Ref: 'AWS::NoValue' };

/**
 * Every tagged resource carries `Environment: !Ref EnvironmentName`, written the way its type
 * takes tags (a `Key`/`Value` list, a map, or the Auto Scaling group's list with `PropagateAtLaunch`).
 */
function withEnvironmentTag(properties: CfnObject | undefined, variant: TagStyle | undefined): CfnObject | undefined {
  if (!variant) return properties;
  const props: CfnObject = { ...properties };
  const env = ref('EnvironmentName');
  if (variant === 'map') {
    props['Tags'] = { ...(props['Tags'] as CfnObject | undefined), Environment: env };
  } else {
    const tags = Array.isArray(props['Tags']) ? [...(props['Tags'] as CfnObject[])] : [];
    tags.push(variant === 'propagate' ? { Key: 'Environment', Value: env, PropagateAtLaunch: true } : { Key: 'Environment', Value: env });
    props['Tags'] = tags;
  }
  return props;
}

/**
 * The resource as the template holds it: `Type`, the properties (tagged), the metadata (`stamp`'s
 * keys first, then the resource's own), then its other attributes in their order.
 */
function stamped(resource: CfnResource, properties: CfnObject | undefined, stamp: CfnObject): CfnResource {
  const out: CfnResource = { Type: resource.Type };
  if (properties !== undefined) out.Properties = properties;
  out.Metadata = resource.Metadata === undefined ? stamp : { ...stamp, ...resource.Metadata };
  for (const key of Object.keys(resource)) if (key !== 'Type' && key !== 'Properties' && key !== 'Metadata') out[key] = resource[key];
  return out;
}

/** The network of an imported template, used by the new nodes drawn into it (no second VPC). */
export interface ImportedNetwork {
  readonly vpcId: CfnValue;
  readonly cidr: CfnValue;
  readonly subnets: CfnValue;
  readonly publicSubnets: CfnValue;
}

export interface EmitOptions {
  readonly design: Design;
  readonly index: DesignIndex;
  readonly logicalIds: ReadonlyMap<string, string>;
  readonly network: NetworkPlan;
  readonly facets: (kind: Kind) => KindFacets;
  /** How a resource type takes tags (kinds' and the network's types). */
  readonly tagStyle: (type: string) => TagStyle | undefined;
  /** Whether a kind lives in the VPC. */
  readonly inVpc: (kind: Kind) => boolean;
  /** The resources each imported node holds. */
  readonly held?: ReadonlyMap<string, Held>;
  readonly importedNetwork?: ImportedNetwork;
}

export class EmitContext {
  readonly resources = new Map<string, CfnResource>();
  readonly outputs = new Map<string, CfnOutput>();
  readonly parameters = new Map<string, CfnParameter>();
  readonly mappings = new Map<string, CfnObject>();
  readonly conditions = new Map<string, CfnValue>();
  readonly rules = new Map<string, CfnValue>();
  /** Parameter groups for `AWS::CloudFormation::Interface`, label → parameter names. */
  readonly parameterGroups = new Map<string, string[]>();
  /** Rows of the `EnvironmentSizes` mapping: key → per-environment value. */
  readonly sizes = new Map<string, { dev: number | string; stage: number | string; prod: number | string }>();
  /** Which resource was emitted for which node (for the Template panel's scroll-to-node). */
  readonly owner = new Map<string, string>();

  readonly design: Design;
  readonly index: DesignIndex;
  readonly logicalIds: ReadonlyMap<string, string>;
  readonly network: NetworkPlan;
  /** The kinds' facets (handed in: emitters never import the registry, so a kind's folder has no import cycle). */
  readonly facets: (kind: Kind) => KindFacets;
  /** Problems the export reports without failing (e.g. a connection whose IAM cannot be derived). */
  readonly warnings: string[] = [];
  private readonly tagStyle: (type: string) => TagStyle | undefined;
  private readonly kindInVpc: (kind: Kind) => boolean;
  private readonly heldBy: ReadonlyMap<string, Held>;
  private readonly importedNetwork: ImportedNetwork | undefined;

  constructor(options: EmitOptions) {
    this.design = options.design;
    this.index = options.index;
    this.logicalIds = options.logicalIds;
    this.network = options.network;
    this.facets = options.facets;
    this.tagStyle = options.tagStyle;
    this.kindInVpc = options.inVpc;
    this.heldBy = options.held ?? new Map();
    this.importedNetwork = options.importedNetwork;
  }

  /** The resources an imported node holds (edited in place during the export), or undefined for a generated node. */
  held(nodeId: string): Held | undefined {
    return this.heldBy.get(nodeId);
  }

  /** The node's primary resource as the export writes it (generated, or held): to read what a callee really is. */
  resourceOf(nodeId: string): CfnResource | undefined {
    const h = this.heldBy.get(nodeId);
    if (h) return h.primary.resource as CfnResource;
    return this.resources.get(this.id(nodeId));
  }

  /** The logical id base of a node (its primary resource's logical id). */
  id(nodeId: string): string {
    const id = this.logicalIds.get(nodeId);
    if (id === undefined) throw new CfnExportError('SC-X001', { node: nodeId }, [nodeId]);
    return id;
  }

  node(nodeId: string): DesignNode {
    const n = this.index.nodes.get(nodeId);
    if (!n) throw new CfnExportError('SC-X002', { node: nodeId }, [nodeId]);
    return n;
  }

  /** Outgoing edges of a node to nodes of `kind`, ordered by the callee's logical id (not by document order). */
  callees(nodeId: string, kind: Kind): { edge: DesignEdge; node: DesignNode }[] {
    return this.sorted(
      this.index
        .outgoing(nodeId)
        .map((edge) => ({ edge, node: this.index.nodes.get(edge.target)! }))
        .filter((x) => x.node && x.node.kind === kind),
    );
  }

  /** Every outgoing edge of a node with its callee, ordered by the callee's logical id. */
  calleesOf(nodeId: string): { edge: DesignEdge; node: DesignNode }[] {
    return this.sorted(
      this.index
        .outgoing(nodeId)
        .map((edge) => ({ edge, node: this.index.nodes.get(edge.target)! }))
        .filter((x) => x.node),
    );
  }

  /** Every incoming edge of a node with its caller, ordered by the caller's logical id. */
  callersOf(nodeId: string): { edge: DesignEdge; node: DesignNode }[] {
    return this.sorted(
      this.index
        .incoming(nodeId)
        .map((edge) => ({ edge, node: this.index.nodes.get(edge.source)! }))
        .filter((x) => x.node),
    );
  }

  /** Incoming edges of a node from nodes of `kind`, ordered by the caller's logical id. */
  callers(nodeId: string, kind: Kind): { edge: DesignEdge; node: DesignNode }[] {
    return this.sorted(
      this.index
        .incoming(nodeId)
        .map((edge) => ({ edge, node: this.index.nodes.get(edge.source)! }))
        .filter((x) => x.node && x.node.kind === kind),
    );
  }

  /** Edge/node pairs in an order that depends on names only: the other node's logical id, then the edge id. */
  sorted<T extends { edge: DesignEdge; node: DesignNode }>(pairs: T[]): T[] {
    if (pairs.length < 2) return pairs;
    // Each pair's key spelled once, not twice per comparison.
    const keyed = pairs.map((p) => ({ p, key: `${this.logicalIds.get(p.node.id) ?? p.node.id}\u0000${p.edge.id}` }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) pairs[i] = keyed[i]!.p;
    return pairs;
  }

  /** Adds a resource owned by a node (and optionally derived from one edge), stamped for the importer. */
  add(logicalId: string, resource: CfnResource, nodeId: string, edgeId?: string): void {
    if (this.resources.has(logicalId)) {
      const other = this.owner.get(logicalId);
      throw new CfnExportError('SC-X003', { id: logicalId, first: other ?? 'network', second: nodeId }, other ? [other, nodeId] : [nodeId]);
    }
    const metadata: CfnObject = { [NODE_METADATA_KEY]: nodeId };
    if (edgeId !== undefined) metadata[EDGE_METADATA_KEY] = edgeId;
    const node = this.index.nodes.get(nodeId);
    const label = node?.label;
    const base = this.logicalIds.get(nodeId);
    if (label !== undefined && edgeId === undefined && base === logicalId) metadata[LABEL_METADATA_KEY] = label;
    // A primary resource not named like its node (a WAF's regional web ACL alone, `<base>Regional`) carries the label, or
    // the base, so that an import names the node as drawn: never `<base>Regional`, which a new export would extend again.
    else if (
      node &&
      edgeId === undefined &&
      base !== undefined &&
      logicalId !== base &&
      this.owner.get(base) !== nodeId &&
      this.facets(node.kind).cfn.resources[resource.Type]?.primary
    ) {
      metadata[LABEL_METADATA_KEY] = label ?? base;
    }
    this.resources.set(logicalId, stamped(resource, withEnvironmentTag(resource.Properties, this.tagStyle(resource.Type)), metadata));
    this.owner.set(logicalId, nodeId);
  }

  /** Adds a shared resource (the network, the access logs): stamped as shared (`role`), not with a node. */
  addShared(logicalId: string, resource: CfnResource, role = 'network'): void {
    if (this.resources.has(logicalId)) throw new CfnExportError('SC-X004', { id: logicalId });
    this.resources.set(logicalId, stamped(resource, withEnvironmentTag(resource.Properties, this.tagStyle(resource.Type)), { [SHARED_METADATA_KEY]: role }));
  }

  /** Adds a resource verbatim (imported `cfn-resource`), owned by its node for scrolling but not stamped. */
  addVerbatim(logicalId: string, resource: CfnResource, nodeId: string): void {
    if (this.resources.has(logicalId)) {
      throw new CfnExportError('SC-X005', { id: logicalId }, [nodeId]);
    }
    this.resources.set(logicalId, resource);
    this.owner.set(logicalId, nodeId);
  }

  output(name: string, output: CfnOutput): void {
    this.outputs.set(name, output);
  }

  /** A per-environment size: a row of the `EnvironmentSizes` mapping, looked up with `EnvironmentName`. */
  size(key: string, values: { dev: number | string; stage: number | string; prod: number | string }): CfnObject {
    this.sizes.set(key, values);
    return findInMap('EnvironmentSizes', ref('EnvironmentName'), key);
  }

  parameter(name: string, parameter: CfnParameter, group: string): void {
    this.parameters.set(name, parameter);
    const list = this.parameterGroups.get(group) ?? [];
    if (!list.includes(name)) list.push(name);
    this.parameterGroups.set(group, list);
  }

  /** The `GroupId` of a VPC node's security group: the generated one, or the one an imported node holds. */
  securityGroupId(nodeId: string): CfnValue {
    const h = this.heldBy.get(nodeId);
    if (!h) return getAtt(names.securityGroup(this.id(nodeId)), 'GroupId');
    const node = this.node(nodeId);
    const group = this.facets(node.kind).importer?.edit?.securityGroup?.(h);
    if (group === undefined) {
      throw new CfnExportError('SC-X007', { node: node.label ?? node.id }, [nodeId]);
    }
    return group;
  }

  /** The VPC new nodes go in: the generated one, or the imported template's own. */
  vpcId(): CfnValue {
    return this.importedNetwork ? this.importedNetwork.vpcId : ref('VPC');
  }

  /** The VPC's CIDR block (for rules that allow the VPC). */
  vpcCidr(): CfnValue {
    return this.importedNetwork ? this.importedNetwork.cidr : getAtt('VPC', 'CidrBlock');
  }

  /**
   * The subnets of a tier of the network plan: the two generated ones (one per Availability Zone),
   * or in an imported template's network its public or private subnets (a list, or one
   * list-valued expression).
   */
  subnets(tier: SubnetTier): CfnValue {
    if (this.importedNetwork) return tier === 'public' ? this.importedNetwork.publicSubnets : this.importedNetwork.subnets;
    return [ref(subnetId(tier, 1)), ref(subnetId(tier, 2))];
  }

  /** The subnets of the tier the network plan puts a node in. */
  subnetsOf(nodeId: string): CfnValue {
    return this.subnets(this.network.tiers.get(nodeId) ?? 'data');
  }

  /** The private subnets: the app tier when instances need egress, else the isolated data tier. */
  privateSubnets(): CfnValue {
    return this.subnets(this.network.app ? 'app' : 'data');
  }

  publicSubnets(): CfnValue {
    return this.subnets('public');
  }

  /** The generated network exists (routes a new instance may depend on). */
  hasGeneratedNetwork(): boolean {
    return this.network.needed && !this.importedNetwork;
  }

  isInVpc(node: DesignNode): boolean {
    return this.network.tiers.has(node.id) || (node.imported !== undefined && this.kindInVpc(node.kind));
  }
}

/**
 * Logical ids of the resources derived from a node: `<Base><Suffix>`. One place, so emitters, the
 * security-group wiring and IAM agree, and the importer can document them.
 */
export const names = {
  securityGroup: (base: string) => `${base}SecurityGroup`,
  subnetGroup: (base: string) => `${base}SubnetGroup`,
  parameterGroup: (base: string) => `${base}ParameterGroup`,
  serviceRole: (base: string) => `${base}ServiceRole`,
  instanceRole: (base: string) => `${base}InstanceRole`,
  instanceProfile: (base: string) => `${base}InstanceProfile`,
  launchTemplate: (base: string) => `${base}LaunchTemplate`,
  scalingPolicy: (base: string) => `${base}CpuScaling`,
  listener: (base: string) => `${base}HttpListener`,
  httpsListener: (base: string) => `${base}HttpsListener`,
  certificateParameter: (base: string) => `${base}CertificateArn`,
  hasCertificate: (base: string) => `${base}HasCertificate`,
  targetGroup: (albBase: string, asgBase: string) => `${albBase}${asgBase}TargetGroup`,
  originAccessControl: (base: string) => `${base}OriginAccessControl`,
  vpcOrigin: (cdnBase: string, albBase: string) => `${cdnBase}${albBase}VpcOrigin`,
  bucketPolicy: (base: string) => `${base}Policy`,
  bucketKey: (base: string) => `${base}Key`,
  webAclCloudFront: (base: string) => `${base}`,
  webAclRegional: (base: string) => `${base}Regional`,
  webAclAssociation: (wafBase: string, albBase: string) => `${wafBase}${albBase}Association`,
} as const;

/** Logical id of a tier's subnet in one Availability Zone: `AppSubnet1`. */
export function subnetId(tier: SubnetTier, az: number): string {
  return `${tier[0]!.toUpperCase()}${tier.slice(1)}Subnet${az}`;
}

/** Logical ids of the shared network and logging (reserved: no node may take them). */
export const NETWORK_IDS = [
  'VPC',
  'InternetGateway',
  'InternetGatewayAttachment',
  ...(['public', 'app', 'data'] as const).flatMap((tier) =>
    [1, 2].flatMap((az) => {
      const subnet = subnetId(tier, az);
      return [subnet, `${subnet}RouteTable`, `${subnet}RouteTableAssociation`, `${subnet}DefaultRoute`];
    }),
  ),
  'NatGateway1',
  'NatGateway2',
  'NatGateway1Eip',
  'NatGateway2Eip',
  'S3Endpoint',
  'DynamoDbEndpoint',
  'FlowLog',
  'AccessLogBucket',
  'AccessLogBucketPolicy',
  'VpcCidr',
  'EnvironmentName',
  'LatestAmiId',
  'EnvironmentSizes',
  'CloudFrontOriginFacingPrefixList',
  'ElbLogDeliveryAccount',
];

/** An emitter: one per kind, in `catalog/<kind>/cfn.ts`, registered in the kind's definition. */
export type NodeEmitter = (node: DesignNode, ctx: EmitContext) => void;

/** Typed reads of normalized props (parseDesign fills defaults; these guard the types). */
export function propString(node: DesignNode, key: string, fallback: string): string {
  const v = node.props[key];
  return typeof v === 'string' ? v : fallback;
}
export function propNumber(node: DesignNode, key: string, fallback: number): number {
  const v = node.props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
export function propBool(node: DesignNode, key: string, fallback: boolean): boolean {
  const v = node.props[key];
  return typeof v === 'boolean' ? v : fallback;
}

/** An IAM policy document. */
export function policyDocument(statements: readonly CfnObject[]): CfnObject {
  return { Version: '2012-10-17', Statement: statements };
}

/** The trust policy letting an AWS service assume a role. */
export function assumeRoleBy(service: string): CfnObject {
  return policyDocument([{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]);
}
