/**
 * The shared network, emitted only when some node lives in the VPC, from the network plan that
 * the CDK app reads too (`network/plan.ts`): a VPC across two Availability Zones with the tiers
 * the design needs, each tier one /24 subnet per AZ with its own route table (the layout of the
 * CDK's `ec2.Vpc`):
 * - public: internet-facing load balancers and the NAT gateways; a default route to the internet gateway;
 * - app: application servers; a default route through a NAT gateway (one per AZ in stage and prod, one in dev);
 * - data: caches and databases; no route out of the VPC.
 * Gateway endpoints keep the instances' S3 (and DynamoDB) traffic off the NAT gateways; VPC flow
 * logs go to the access-log bucket in stage and prod.
 */
import type { TagStyle } from '../catalog/kind';
import { ENVIRONMENT_NAMES } from '../model/types';
import { tiersOf, type SubnetTier } from '../network/plan';
import { type CfnObject, type EmitContext, getAtt, ifCond, ref, select, sub, subnetId } from './context';
import { environmentCondition, environmentsWhere } from './environments';
import { ACCESS_LOG_BUCKET, ACCESS_LOG_BUCKET_POLICY, accessLogArn, accessLogs, logStore } from './logging';
import { acknowledged } from './nag';

/** Tag styles of the network's resource types (undefined: the type takes no tags, or cfn-lint 1.51 does not know them). */
export const NETWORK_TAGS: Readonly<Record<string, TagStyle | undefined>> = {
  'AWS::EC2::SecurityGroupIngress': undefined,
  'AWS::EC2::SecurityGroupEgress': undefined,
  'AWS::EC2::VPCEndpoint': 'standard',
  'AWS::EC2::VPC': 'standard',
  'AWS::EC2::Subnet': 'standard',
  'AWS::EC2::InternetGateway': 'standard',
  'AWS::EC2::RouteTable': 'standard',
  'AWS::EC2::NatGateway': 'standard',
  'AWS::EC2::EIP': 'standard',
  'AWS::EC2::SecurityGroup': 'standard',
  'AWS::EC2::FlowLog': 'standard',
};

/** Fixed position of each tier's first /24 in the VPC range (see `SUBNET_TIERS`). */
const TIER_OFFSET: Readonly<Record<SubnetTier, number>> = { public: 0, app: 2, data: 4 };
/** /24 subnets carved from the VPC CIDR: six, so each tier keeps its place whichever tiers exist. */
const SUBNETS_CARVED = 6;

const AZ = (i: number) => select(i, { 'Fn::GetAZs': '' });
const CIDR = (tier: SubnetTier, az: number) => select(TIER_OFFSET[tier] + az - 1, { 'Fn::Cidr': [getAtt('VPC', 'CidrBlock'), SUBNETS_CARVED, 8] });

function nameTag(suffix: string) {
  return [{ Key: 'Name', Value: sub(`\${AWS::StackName}-${suffix}`) }];
}

/** The routes through which the app tier reaches the internet (resources that need egress depend on them). */
export const APP_EGRESS_ROUTES = [1, 2].map((az) => `${subnetId('app', az)}DefaultRoute`);

/** Reason for the dev-only VPC7 finding (also written by the CDK app). */
export const FLOW_LOGS_ACK = {
  id: 'AwsSolutions-VPC7',
  reason:
    'VPC flow logs go to the access-log bucket in stage and prod; a dev stack (EnvironmentName = dev) runs without them to save cost, so the check fails there by design.',
} as const;

export function emitNetwork(ctx: EmitContext): void {
  const plan = ctx.network;
  if (!plan.needed) return;
  ctx.parameter(
    'VpcCidr',
    {
      Type: 'String',
      Description:
        'IPv4 CIDR block of the VPC (/16 to /21); six /24 subnets are carved from it (public, app and data tiers in two Availability Zones). Use a different range per environment if the VPCs will ever be peered.',
      Default: '10.0.0.0/16',
      AllowedPattern: '^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[01])$',
      ConstraintDescription: 'an IPv4 CIDR block from /16 to /21, e.g. 10.0.0.0/16',
    },
    'Network',
  );
  ctx.addShared('VPC', {
    Type: 'AWS::EC2::VPC',
    Properties: { CidrBlock: ref('VpcCidr'), EnableDnsHostnames: true, EnableDnsSupport: true, Tags: nameTag('vpc') },
    Metadata: acknowledged([plan.flowLogs.dev ? undefined : FLOW_LOGS_ACK]),
  });
  if (plan.public) {
    ctx.addShared('InternetGateway', { Type: 'AWS::EC2::InternetGateway', Properties: { Tags: nameTag('igw') } });
    ctx.addShared('InternetGatewayAttachment', {
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: { VpcId: ctx.vpcId(), InternetGatewayId: ref('InternetGateway') },
    });
  }
  // NAT gateways: the first in every environment, the second only where the plan asks for two.
  const secondNat = plan.nat ? ENVIRONMENT_NAMES.filter((e) => plan.natGateways[e] >= 2) : [];
  const secondNatCondition = secondNat.length && secondNat.length < ENVIRONMENT_NAMES.length ? environmentCondition(ctx, secondNat) : undefined;
  const routeTables: string[] = [];
  for (const tier of tiersOf(plan)) {
    for (const az of [1, 2]) {
      const subnet = subnetId(tier, az);
      const table = `${subnet}RouteTable`;
      routeTables.push(table);
      ctx.addShared(subnet, {
        Type: 'AWS::EC2::Subnet',
        Properties: { VpcId: ctx.vpcId(), AvailabilityZone: AZ(az - 1), CidrBlock: CIDR(tier, az), MapPublicIpOnLaunch: false, Tags: nameTag(`${tier}-${az}`) },
      });
      ctx.addShared(table, { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ctx.vpcId(), Tags: nameTag(`${tier}-${az}`) } });
      ctx.addShared(`${subnet}RouteTableAssociation`, {
        Type: 'AWS::EC2::SubnetRouteTableAssociation',
        Properties: { SubnetId: ref(subnet), RouteTableId: ref(table) },
      });
      if (tier === 'public') {
        ctx.addShared(`${subnet}DefaultRoute`, {
          Type: 'AWS::EC2::Route',
          DependsOn: 'InternetGatewayAttachment',
          Properties: { RouteTableId: ref(table), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('InternetGateway') },
        });
        if (plan.nat && (az === 1 || secondNat.length)) {
          const nat = `NatGateway${az}`;
          const condition = az === 2 ? secondNatCondition : undefined;
          ctx.addShared(`${nat}Eip`, {
            Type: 'AWS::EC2::EIP',
            DependsOn: 'InternetGatewayAttachment',
            ...(condition ? { Condition: condition } : {}),
            Properties: { Domain: 'vpc', Tags: nameTag(`nat-${az}`) },
          });
          ctx.addShared(nat, {
            Type: 'AWS::EC2::NatGateway',
            ...(condition ? { Condition: condition } : {}),
            Properties: { AllocationId: getAtt(`${nat}Eip`, 'AllocationId'), SubnetId: ref(subnet), Tags: nameTag(`nat-${az}`) },
          });
        }
      }
      if (tier === 'app') {
        const natOf = (i: number): CfnObject | ReturnType<typeof ifCond> =>
          i === 1 || !secondNat.length
            ? ref('NatGateway1')
            : secondNatCondition
              ? ifCond(secondNatCondition, ref('NatGateway2'), ref('NatGateway1'))
              : ref('NatGateway2');
        ctx.addShared(`${subnet}DefaultRoute`, {
          Type: 'AWS::EC2::Route',
          Properties: { RouteTableId: ref(table), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: natOf(az) },
        });
      }
    }
  }
  if (plan.app) emitGatewayEndpoints(ctx, routeTables);
  const flowLogEnvironments = environmentsWhere(plan.flowLogs);
  if (flowLogEnvironments.length) {
    accessLogs(ctx, { statements: FLOW_LOG_DELIVERY });
    const condition = flowLogEnvironments.length < ENVIRONMENT_NAMES.length ? environmentCondition(ctx, flowLogEnvironments) : undefined;
    ctx.addShared('FlowLog', {
      Type: 'AWS::EC2::FlowLog',
      ...(condition ? { Condition: condition } : {}),
      Properties: {
        ResourceId: ctx.vpcId(),
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: logStore().flowLogDestinationType,
        LogDestination: accessLogArn('vpc-flow-logs/'),
        MaxAggregationInterval: 600,
        Tags: nameTag('flow-log'),
      },
      DependsOn: ACCESS_LOG_BUCKET_POLICY,
    });
  }
}

/** The bucket-policy statements of the log delivery service for VPC flow logs (VPC user guide, "Flow logs to Amazon S3"). */
const FLOW_LOG_DELIVERY: readonly CfnObject[] = [
  {
    Sid: 'FlowLogsWrite',
    Effect: 'Allow',
    Principal: { Service: 'delivery.logs.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: accessLogArn('vpc-flow-logs/AWSLogs/${AWS::AccountId}/*'),
    Condition: {
      StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': ref('AWS::AccountId') },
      ArnLike: { 'aws:SourceArn': sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*') },
    },
  },
  {
    Sid: 'FlowLogsAclCheck',
    Effect: 'Allow',
    Principal: { Service: 'delivery.logs.amazonaws.com' },
    Action: 's3:GetBucketAcl',
    Resource: getAtt(ACCESS_LOG_BUCKET, 'Arn'),
    Condition: {
      StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') },
      ArnLike: { 'aws:SourceArn': sub('arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*') },
    },
  },
];

/** The S3 gateway endpoint, in every VPC with an app tier. */
export const S3_ENDPOINT = 'S3Endpoint';

/**
 * S3 always (the instances' package repositories and AWS APIs use it), plus what the callees of
 * the instances declare (`reach.gatewayEndpoint`: DynamoDB): their traffic stays on the AWS
 * network and off the NAT gateways. Attached to every route table, as the CDK does.
 */
function emitGatewayEndpoints(ctx: EmitContext, routeTables: readonly string[]): void {
  const endpoints = new Map<string, string>([[S3_ENDPOINT, 'S3']]);
  for (const node of ctx.design.nodes) {
    if (!ctx.network.egress.has(node.id)) continue;
    for (const { node: callee } of ctx.calleesOf(node.id)) {
      const endpoint = ctx.facets(callee.kind).reach?.gatewayEndpoint;
      if (endpoint) endpoints.set(endpoint.id, endpoint.service);
    }
  }
  for (const [id, service] of [...endpoints].sort(([a], [b]) => (a < b ? -1 : 1))) {
    ctx.addShared(id, {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcId: ctx.vpcId(),
        VpcEndpointType: 'Gateway',
        ServiceName: sub(`com.amazonaws.\${AWS::Region}.${service.toLowerCase()}`),
        RouteTableIds: routeTables.map((t) => ref(t)),
      },
    });
  }
}
