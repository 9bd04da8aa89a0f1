/**
 * Security groups derived from the edges, least privilege: one group per VPC node; each accepts
 * only its service port and only from the groups of its callers (the ALB: from CloudFront's
 * origin-facing managed prefix list when CloudFront calls it).
 */
import type { DesignNode } from '../model/types';
import { type CfnObject, type EmitContext, findInMap, getAtt, ifCond, names, NO_VALUE, ref } from './context';

/** Port a data store listens on, by kind and engine. */
export function servicePort(node: DesignNode): number | undefined {
  switch (node.kind) {
    case 'elasticache':
      return node.props['engine'] === 'memcached' ? 11211 : 6379;
    case 'dax':
      // The cluster's endpoint is TLS (ClusterEndpointEncryptionType: TLS), which listens on 9111.
      return 9111;
    case 'rds':
      return node.props['engine'] === 'mysql' ? 3306 : 5432;
    case 'asg':
      return Number(node.props['appPort'] ?? 80);
    case 'alb':
      return 80;
    default:
      return undefined;
  }
}

/**
 * The CloudFront origin-facing managed prefix list (`com.amazonaws.global.cloudfront.origin-facing`)
 * per Region. CloudFormation cannot look a managed prefix list up by name, so the ids are mapped;
 * a Region missing here fails the deployment at FindInMap with a clear message. Check an id with
 * `aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.global.cloudfront.origin-facing`.
 */
export const CLOUDFRONT_PREFIX_LISTS: Readonly<Record<string, string>> = {
  'ap-northeast-1': 'pl-58a04531',
  'ap-northeast-2': 'pl-22a6434b',
  'ap-northeast-3': 'pl-31a14458',
  'ap-south-1': 'pl-9aa247f3',
  'ap-southeast-1': 'pl-31a34658',
  'ap-southeast-2': 'pl-b8a742d1',
  'ca-central-1': 'pl-38a64351',
  'eu-central-1': 'pl-a3a144ca',
  'eu-north-1': 'pl-fab65393',
  'eu-west-1': 'pl-4fa04526',
  'eu-west-2': 'pl-93a247fa',
  'eu-west-3': 'pl-75b1541c',
  'sa-east-1': 'pl-5da64334',
  'us-east-1': 'pl-3b927c52',
  'us-east-2': 'pl-b6a144df',
  'us-west-1': 'pl-4ea04527',
  'us-west-2': 'pl-82a045eb',
};

function tcp(port: number, source: CfnObject, description: string): CfnObject {
  return { IpProtocol: 'tcp', FromPort: port, ToPort: port, ...source, Description: description };
}

function ingressRules(node: DesignNode, ctx: EmitContext): CfnObject[] {
  const port = servicePort(node);
  if (port === undefined) return [];
  if (node.kind === 'alb') {
    const cdn = ctx.callers(node.id, 'cloudfront');
    let source: CfnObject;
    let from: string;
    if (cdn.length > 0) {
      ctx.mappings.set(
        'CloudFrontOriginFacingPrefixList',
        Object.fromEntries(Object.entries(CLOUDFRONT_PREFIX_LISTS).map(([region, id]) => [region, { PrefixListId: id }])),
      );
      source = { SourcePrefixListId: findInMap('CloudFrontOriginFacingPrefixList', ref('AWS::Region'), 'PrefixListId') };
      from = 'CloudFront origin-facing servers only';
    } else if (node.props['internetFacing'] === false) {
      source = { CidrIp: getAtt('VPC', 'CidrBlock') };
      from = 'inside the VPC';
    } else {
      source = { CidrIp: '0.0.0.0/0' };
      from = 'the internet';
    }
    // 443 only when the HTTPS listener exists (a certificate was given).
    return [tcp(80, source, `HTTP from ${from}`), ifCond(names.hasCertificate(ctx.id(node.id)), tcp(443, source, `HTTPS from ${from}`), NO_VALUE)];
  }
  const callerKind = node.kind === 'asg' ? 'alb' : 'asg';
  return ctx
    .callers(node.id, callerKind)
    .map(({ node: caller }) => tcp(port, { SourceSecurityGroupId: ctx.securityGroupId(caller.id) }, `TCP ${port} from ${ctx.id(caller.id)}`));
}

export function emitSecurityGroups(ctx: EmitContext): void {
  for (const node of ctx.design.nodes) {
    if (node.kind === 'cfn-resource' || !ctx.isInVpc(node)) continue;
    const base = ctx.id(node.id);
    const rules = ingressRules(node, ctx);
    ctx.add(
      names.securityGroup(base),
      {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `${base}: ${rules.length ? 'accepts only its callers' : 'no inbound traffic'}`,
          VpcId: ref('VPC'),
          ...(rules.length ? { SecurityGroupIngress: rules } : {}),
        },
      },
      node.id,
    );
  }
}
