/**
 * The shared network, emitted only when some node lives in the VPC: a VPC across two Availability
 * Zones with two private subnets; public subnets, an internet gateway and a public route table when
 * an internet-facing load balancer or a NAT needs them; one NAT gateway per AZ when instances in the
 * private subnets need outbound access (an Auto Scaling group).
 */
import type { TagStyle } from '../catalog/kind';
import { type EmitContext, getAtt, ref, select } from './context';

/** Tag styles of the network's resource types. */
export const NETWORK_TAGS: Readonly<Record<string, TagStyle>> = {
  'AWS::EC2::VPC': 'standard',
  'AWS::EC2::Subnet': 'standard',
  'AWS::EC2::InternetGateway': 'standard',
  'AWS::EC2::RouteTable': 'standard',
  'AWS::EC2::NatGateway': 'standard',
  'AWS::EC2::EIP': 'standard',
  'AWS::EC2::SecurityGroup': 'standard',
};

const AZ = (i: number) => select(i, { 'Fn::GetAZs': '' });
/** /24 subnets carved from the VPC CIDR: 0, 1 public; 2, 3 private. */
const CIDR = (i: number) => select(i, { 'Fn::Cidr': [getAtt('VPC', 'CidrBlock'), 4, 8] });

function nameTag(suffix: string) {
  return [{ Key: 'Name', Value: { 'Fn::Sub': `\${AWS::StackName}-${suffix}` } }];
}

export function emitNetwork(ctx: EmitContext): void {
  const need = ctx.network;
  if (!need.needed) return;
  ctx.parameter(
    'VpcCidr',
    {
      Type: 'String',
      Description:
        'IPv4 CIDR block of the VPC (/16 to /22); four /24 subnets are carved from it. Use a different range per environment if the VPCs will ever be peered.',
      Default: '10.0.0.0/16',
      AllowedPattern: '^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-2])$',
      ConstraintDescription: 'an IPv4 CIDR block from /16 to /22, e.g. 10.0.0.0/16',
    },
    'Network',
  );
  ctx.addShared('VPC', {
    Type: 'AWS::EC2::VPC',
    Properties: { CidrBlock: ref('VpcCidr'), EnableDnsHostnames: true, EnableDnsSupport: true, Tags: nameTag('vpc') },
  });
  for (const i of [1, 2]) {
    ctx.addShared(`PrivateSubnet${i}`, {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: ref('VPC'), AvailabilityZone: AZ(i - 1), CidrBlock: CIDR(i + 1), MapPublicIpOnLaunch: false, Tags: nameTag(`private-${i}`) },
    });
    ctx.addShared(`PrivateRouteTable${i}`, {
      Type: 'AWS::EC2::RouteTable',
      Properties: { VpcId: ref('VPC'), Tags: nameTag(`private-${i}`) },
    });
    ctx.addShared(`PrivateSubnet${i}RouteTableAssociation`, {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: ref(`PrivateSubnet${i}`), RouteTableId: ref(`PrivateRouteTable${i}`) },
    });
  }
  if (!need.public) return;
  ctx.addShared('InternetGateway', { Type: 'AWS::EC2::InternetGateway', Properties: { Tags: nameTag('igw') } });
  ctx.addShared('InternetGatewayAttachment', {
    Type: 'AWS::EC2::VPCGatewayAttachment',
    Properties: { VpcId: ref('VPC'), InternetGatewayId: ref('InternetGateway') },
  });
  ctx.addShared('PublicRouteTable', { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('VPC'), Tags: nameTag('public') } });
  ctx.addShared('PublicDefaultRoute', {
    Type: 'AWS::EC2::Route',
    DependsOn: 'InternetGatewayAttachment',
    Properties: { RouteTableId: ref('PublicRouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('InternetGateway') },
  });
  for (const i of [1, 2]) {
    ctx.addShared(`PublicSubnet${i}`, {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: ref('VPC'), AvailabilityZone: AZ(i - 1), CidrBlock: CIDR(i - 1), MapPublicIpOnLaunch: false, Tags: nameTag(`public-${i}`) },
    });
    ctx.addShared(`PublicSubnet${i}RouteTableAssociation`, {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: ref(`PublicSubnet${i}`), RouteTableId: ref('PublicRouteTable') },
    });
    if (!need.nat) continue;
    ctx.addShared(`NatGateway${i}Eip`, {
      Type: 'AWS::EC2::EIP',
      DependsOn: 'InternetGatewayAttachment',
      Properties: { Domain: 'vpc', Tags: nameTag(`nat-${i}`) },
    });
    ctx.addShared(`NatGateway${i}`, {
      Type: 'AWS::EC2::NatGateway',
      Properties: { AllocationId: getAtt(`NatGateway${i}Eip`, 'AllocationId'), SubnetId: ref(`PublicSubnet${i}`), Tags: nameTag(`nat-${i}`) },
    });
    ctx.addShared(`PrivateDefaultRoute${i}`, {
      Type: 'AWS::EC2::Route',
      Properties: { RouteTableId: ref(`PrivateRouteTable${i}`), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: ref(`NatGateway${i}`) },
    });
  }
}
