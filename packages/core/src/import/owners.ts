/**
 * Import, step 2: which node holds which resource. A derived resource (a security group, a
 * listener, a launch template, a role) belongs to the node it is attached to: found through the
 * properties that attach it (`Listener.LoadBalancerArn`, `BucketPolicy.Bucket`, …) or through the
 * node's own references to it (`LoadBalancer.SecurityGroups`, `DAX.IAMRoleARN`). What the kinds
 * derive they declare (`importer.derived`); the shared kinds of derived resources are here.
 */
import { facetsOf, KINDS, type ServiceKind } from '../catalog/index';
import type { ImportedResource } from '../catalog/import-facet';
import { collectRefs } from './refs';
import type { Raw } from './values';

/** Derived resources any kind in the VPC or with a role may hold, with the properties naming their owner. */
const SHARED_DERIVED: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': [],
  'AWS::EC2::SecurityGroupIngress': ['GroupId', 'GroupName'],
  'AWS::EC2::SecurityGroupEgress': ['GroupId'],
  'AWS::IAM::Role': [],
  'AWS::IAM::InstanceProfile': [],
  'AWS::IAM::Policy': ['Roles'],
  'AWS::IAM::RolePolicy': ['RoleName'],
  'AWS::IAM::ManagedPolicy': ['Roles'],
};

let ownerTable: Readonly<Record<string, readonly string[]>> | undefined;

/** Derived type → the properties by which such a resource names its owner (shared, then each kind's). */
export function ownerProps(): Readonly<Record<string, readonly string[]>> {
  if (!ownerTable)
    ownerTable = Object.assign({}, SHARED_DERIVED, ...KINDS.map((k) => facetsOf(k).importer?.derived ?? {})) as Record<string, readonly string[]>;
  return ownerTable;
}

/** The shared network: kept as the template has it, held by no node. */
export const NETWORK_TYPES: ReadonlySet<string> = new Set([
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::NatGateway',
  'AWS::EC2::EIP',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::DHCPOptions',
  'AWS::EC2::VPCDHCPOptionsAssociation',
  'AWS::EC2::VPCCidrBlock',
  'AWS::EC2::EgressOnlyInternetGateway',
]);

/** Properties that point at *another* node's resources (relations, not ownership). */
const RELATION_PROPS: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::SecurityGroup': ['SecurityGroupIngress', 'SecurityGroupEgress', 'VpcId', 'Tags'],
  'AWS::EC2::SecurityGroupIngress': ['SourceSecurityGroupId', 'SourceSecurityGroupName'],
  'AWS::EC2::SecurityGroupEgress': ['DestinationSecurityGroupId'],
  'AWS::IAM::Role': ['Policies', 'ManagedPolicyArns', 'AssumeRolePolicyDocument'],
  'AWS::IAM::Policy': ['PolicyDocument'],
  'AWS::IAM::RolePolicy': ['PolicyDocument'],
  'AWS::IAM::ManagedPolicy': ['PolicyDocument'],
  'AWS::WAFv2::WebACLAssociation': ['ResourceArn'],
  'AWS::S3::BucketPolicy': ['PolicyDocument'],
  'AWS::EC2::LaunchTemplate': [],
};

function relationProps(r: ImportedResource, kind: ServiceKind | undefined): readonly string[] | undefined {
  if (kind) {
    const declared = facetsOf(kind).importer?.relations;
    if (declared) return declared;
  }
  return RELATION_PROPS[r.type];
}

function without(props: Raw, keys: readonly string[]): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(props)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/**
 * The primary resource holding each derived resource (primary id → itself). Walks from each
 * primary through its attaching references; resources our exporter stamped with a node go to that
 * node's primary even when unattached. A resource with a Condition stays its own (a condition is
 * the resource's, not its owner's).
 */
export function assignOwners(resources: readonly ImportedResource[], kindOf: ReadonlyMap<string, ServiceKind>): Map<string, string> {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const owners = ownerProps();
  const isDerived = (r: ImportedResource) => r.type in owners && !kindOf.has(r.id);
  const refsOf = (r: ImportedResource, exclude: readonly string[]) => collectRefs(without(r.props, exclude)).filter((id) => byId.has(id) && id !== r.id);
  const owner = new Map<string, string>();
  const queue: string[] = [];
  for (const r of resources) {
    if (kindOf.has(r.id)) {
      owner.set(r.id, r.id);
      queue.push(r.id);
    }
  }
  const attachedTo = new Map<string, ImportedResource[]>();
  for (const d of resources) {
    const props = owners[d.type];
    if (!props) continue;
    for (const id of new Set(props.flatMap((p) => collectRefs(d.props[p])))) attachedTo.set(id, [...(attachedTo.get(id) ?? []), d]);
  }
  for (let i = 0; i < queue.length; i++) {
    const r = byId.get(queue[i]!)!;
    const group = owner.get(r.id)!;
    const claim = (child: ImportedResource) => {
      if (owner.has(child.id) || !isDerived(child) || child.raw['Condition'] !== undefined) return;
      owner.set(child.id, group);
      queue.push(child.id);
    };
    const excluded = [...(relationProps(r, kindOf.get(r.id)) ?? ['Tags']), ...(owners[r.type] ?? [])];
    for (const id of refsOf(r, excluded)) claim(byId.get(id)!);
    for (const d of attachedTo.get(r.id) ?? []) if (!owner.has(d.id)) claim(d);
  }
  const primaryOfStamp = new Map<string, string>();
  for (const r of resources) if (kindOf.has(r.id) && r.stamp) primaryOfStamp.set(r.stamp, r.id);
  for (const r of resources) {
    if (owner.has(r.id) || !r.stamp || kindOf.has(r.id)) continue;
    const group = primaryOfStamp.get(r.stamp);
    if (group && !NETWORK_TYPES.has(r.type)) owner.set(r.id, group);
  }
  return owner;
}
