/**
 * ALB → the load balancer (public subnets when internet-facing, private otherwise), one target
 * group per Auto Scaling group it targets (health check, stickiness from the prop) and an HTTP
 * listener that forwards to them.
 */
import {
  type CfnObject,
  type EmitContext,
  type NodeEmitter,
  findInMap,
  getAtt,
  ifCond,
  names,
  NO_VALUE,
  propBool,
  propNumber,
  propString,
  ref,
} from '../../cfn/context';
import type { DesignNode } from '../../model/types';

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

/** Who may reach the load balancer: CloudFront's origin-facing servers when CloudFront calls it, else the VPC (internal) or the internet. */
export function albIngress(node: DesignNode, ctx: EmitContext): CfnObject[] {
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
    source = { CidrIp: ctx.vpcCidr() };
    from = 'inside the VPC';
  } else {
    source = { CidrIp: '0.0.0.0/0' };
    from = 'the internet';
  }
  // 443 only when the HTTPS listener exists (a certificate was given).
  return [tcp(80, source, `HTTP from ${from}`), ifCond(names.hasCertificate(ctx.id(node.id)), tcp(443, source, `HTTPS from ${from}`), NO_VALUE)];
}

/** TLS 1.3 and 1.2 only (the current ELB recommendation). */
export const ALB_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export const emitAlb: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const internetFacing = propBool(node, 'internetFacing', true);
  const stickiness = propBool(node, 'stickiness', false);
  ctx.add(
    id,
    {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Type: 'application',
        Scheme: internetFacing ? 'internet-facing' : 'internal',
        Subnets: internetFacing ? ctx.publicSubnets() : ctx.privateSubnets(),
        SecurityGroups: [ctx.securityGroupId(node.id)],
        LoadBalancerAttributes: [
          { Key: 'idle_timeout.timeout_seconds', Value: String(propNumber(node, 'idleTimeoutSeconds', 60)) },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
        ],
      },
      ...(internetFacing && ctx.hasGeneratedNetwork() ? { DependsOn: 'InternetGatewayAttachment' } : {}),
    },
    node.id,
  );
  const groups: string[] = [];
  for (const { edge, node: asg } of ctx.callees(node.id, 'asg')) {
    const tg = names.targetGroup(id, ctx.id(asg.id));
    groups.push(tg);
    ctx.add(
      tg,
      {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
          VpcId: ctx.vpcId(),
          TargetType: 'instance',
          Protocol: 'HTTP',
          Port: propNumber(asg, 'appPort', 80),
          HealthCheckEnabled: true,
          HealthCheckProtocol: 'HTTP',
          HealthCheckPath: propString(node, 'healthCheckPath', '/'),
          Matcher: { HttpCode: '200-399' },
          TargetGroupAttributes: [
            { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
            { Key: 'stickiness.enabled', Value: String(stickiness) },
            ...(stickiness
              ? [
                  { Key: 'stickiness.type', Value: 'lb_cookie' },
                  { Key: 'stickiness.lb_cookie.duration_seconds', Value: String(propNumber(node, 'stickinessDurationSeconds', 86400)) },
                ]
              : []),
          ],
        },
      },
      node.id,
      edge.id,
    );
  }
  let action: CfnObject;
  if (groups.length === 0) {
    action = { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain', MessageBody: 'No targets yet' } };
  } else if (groups.length === 1) {
    action = { Type: 'forward', TargetGroupArn: ref(groups[0]!) };
  } else {
    action = { Type: 'forward', ForwardConfig: { TargetGroups: groups.map((g) => ({ TargetGroupArn: ref(g), Weight: 1 })) } };
  }
  ctx.add(
    names.listener(id),
    { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: ref(id), Port: 80, Protocol: 'HTTP', DefaultActions: [action] } },
    node.id,
  );
  // HTTPS when the deployer gives an ACM certificate (a parameter per load balancer, empty = HTTP only).
  const cert = names.certificateParameter(id);
  ctx.parameter(
    cert,
    {
      Type: 'String',
      Description: `ARN of an ACM certificate for HTTPS on ${id} (port 443); leave empty for HTTP only`,
      Default: '',
      AllowedPattern: '^(arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+)?$',
      ConstraintDescription: 'empty, or the ARN of an ACM certificate in this Region',
    },
    'Load balancing',
  );
  ctx.conditions.set(names.hasCertificate(id), { 'Fn::Not': [{ 'Fn::Equals': [ref(cert), ''] }] });
  ctx.add(
    names.httpsListener(id),
    {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Condition: names.hasCertificate(id),
      Properties: {
        LoadBalancerArn: ref(id),
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: ALB_SSL_POLICY,
        Certificates: [{ CertificateArn: ref(cert) }],
        DefaultActions: [action],
      },
    },
    node.id,
  );
  ctx.output(`${id}DnsName`, { Description: `DNS name of the ${id} load balancer`, Value: getAtt(id, 'DNSName') });
};
