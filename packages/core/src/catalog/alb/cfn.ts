/**
 * ALB → the load balancer (public subnets when internet-facing, app subnets otherwise) with access
 * logs, one target group per Auto Scaling group it targets (health check, stickiness from the prop)
 * and an HTTP listener that forwards to them. Behind CloudFront it accepts only that distribution:
 * internal, through a CloudFront VPC origin; internet-facing, only requests that carry the secret
 * origin header (a value generated in Secrets Manager that the distribution sends and a listener
 * rule checks), from CloudFront's origin-facing prefix list on port 80 only (one rule: a prefix
 * list counts as its maximum size against the group's rule quota). Reached directly, it also gets
 * an HTTPS listener when the deployer gives a certificate.
 */
import {
  type CfnObject,
  type EmitContext,
  type NodeEmitter,
  findInMap,
  getAtt,
  ifCond,
  names,
  propBool,
  propNumber,
  propString,
  ref,
  sub,
} from '../../cfn/context';
import { ACCESS_LOG_BUCKET_POLICY, accessLogArn, accessLogs } from '../../cfn/logging';
import { acknowledged } from '../../cfn/nag';
import type { DesignNode } from '../../model/types';
import { ALB_ACKS } from './nag';

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

/**
 * The account Elastic Load Balancing writes access logs from, in the Regions that opened before
 * August 2022 (the ELB user guide, "Enable access logs"; the same table as aws-cdk-lib's
 * region-info). Newer Regions deliver as the service principal `logdelivery.elasticloadbalancing.amazonaws.com`.
 */
export const ELB_LOG_ACCOUNTS: Readonly<Record<string, string>> = {
  'af-south-1': '098369216593',
  'ap-east-1': '754344448648',
  'ap-northeast-1': '582318560864',
  'ap-northeast-2': '600734575887',
  'ap-northeast-3': '383597477331',
  'ap-south-1': '718504428378',
  'ap-southeast-1': '114774131450',
  'ap-southeast-2': '783225319266',
  'ap-southeast-3': '589379963580',
  'ca-central-1': '985666609251',
  'eu-central-1': '054676820928',
  'eu-north-1': '897822967062',
  'eu-south-1': '635631232127',
  'eu-west-1': '156460612806',
  'eu-west-2': '652711504416',
  'eu-west-3': '009996457667',
  'me-south-1': '076674570225',
  'sa-east-1': '507241528517',
  'us-east-1': '127311923021',
  'us-east-2': '033677994240',
  'us-west-1': '027434742980',
  'us-west-2': '797873946194',
};

export const ELB_LOG_MAPPING = 'ElbLogDeliveryAccount';
export const ELB_LOG_CONDITION = 'ElbLogDeliveryByAccount';
export const ELB_LOG_SERVICE = 'logdelivery.elasticloadbalancing.amazonaws.com';

/** The header CloudFront adds to every request to an internet-facing load balancer, and the listener requires. */
export const ORIGIN_HEADER = 'X-Origin-Verify';
/** Logical id of a load balancer's secret origin header value. */
export const originSecretId = (base: string) => `${base}OriginSecret`;
/** `{{resolve:secretsmanager:…}}`: the header value, read by CloudFormation at deployment, never in the template. */
export const originSecretValue = (base: string): CfnObject => sub(`{{resolve:secretsmanager:\${${originSecretId(base)}}:SecretString}}`);

/** `Fn::Or` over any number of conditions (each `Fn::Or` takes 2 to 10). */
function anyOf(conditions: CfnObject[]): CfnObject {
  if (conditions.length <= 10) return { 'Fn::Or': conditions };
  const chunks: CfnObject[][] = [];
  for (let i = 0; i < conditions.length; i += 10) chunks.push(conditions.slice(i, i + 10));
  const last = chunks.at(-1)!;
  if (last.length === 1) last.unshift(chunks.at(-2)!.pop()!);
  return anyOf(chunks.map((c) => ({ 'Fn::Or': c })));
}

/** The bucket-policy statement that lets Elastic Load Balancing deliver this stack's access logs. */
function elbLogDelivery(ctx: EmitContext): CfnObject {
  ctx.mappings.set(ELB_LOG_MAPPING, Object.fromEntries(Object.entries(ELB_LOG_ACCOUNTS).map(([region, account]) => [region, { AccountId: account }])));
  ctx.conditions.set(ELB_LOG_CONDITION, anyOf(Object.keys(ELB_LOG_ACCOUNTS).map((region) => ({ 'Fn::Equals': [ref('AWS::Region'), region] }))));
  return {
    Sid: 'ElbAccessLogs',
    Effect: 'Allow',
    Principal: ifCond(
      ELB_LOG_CONDITION,
      { AWS: sub('arn:${AWS::Partition}:iam::${Account}:root', { Account: findInMap(ELB_LOG_MAPPING, ref('AWS::Region'), 'AccountId') }) },
      { Service: ELB_LOG_SERVICE },
    ),
    Action: 's3:PutObject',
    Resource: accessLogArn('alb/*'),
  };
}

function tcp(port: number, source: CfnObject, description: string): CfnObject {
  return { IpProtocol: 'tcp', FromPort: port, ToPort: port, ...source, Description: description };
}

/** CloudFront calls the load balancer (as an internet-facing origin or through a VPC origin). */
export function behindCloudFront(node: DesignNode, ctx: EmitContext): boolean {
  return ctx.callers(node.id, 'cloudfront').length > 0;
}

/** Who reaches a load balancer that CloudFront does not front: the VPC (internal) or the internet. */
function directSource(node: DesignNode, ctx: EmitContext): [CfnObject, string] {
  // Internal: the VPC's range (the parameter the generated VPC is created with, or the imported VPC's block).
  const cidr = ctx.hasGeneratedNetwork() ? ref('VpcCidr') : ctx.vpcCidr();
  return node.props['internetFacing'] === false ? [{ CidrIp: cidr }, 'inside the VPC'] : [{ CidrIp: '0.0.0.0/0' }, 'the internet'];
}

/**
 * Who may reach the load balancer on port 80 when CloudFront does not call it: the VPC (internal)
 * or the internet. (CloudFront's prefix list is a rule of its own, `emitAlb`; port 443 too, with
 * the certificate.)
 */
export function albIngress(node: DesignNode, ctx: EmitContext): CfnObject[] {
  if (behindCloudFront(node, ctx)) return [];
  const [source, from] = directSource(node, ctx);
  return [tcp(80, source, `HTTP from ${from}`)];
}

/** A public load balancer without CloudFront is open to the internet by design. */
export function albSecurityGroupAcknowledgements(node: DesignNode, ctx: EmitContext) {
  return node.props['internetFacing'] !== false && !behindCloudFront(node, ctx) ? [ALB_ACKS.openToInternet] : [];
}

/** TLS 1.3 and 1.2 only (the current ELB recommendation). */
export const ALB_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export const emitAlb: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const internetFacing = propBool(node, 'internetFacing', true);
  const stickiness = propBool(node, 'stickiness', false);
  const cdn = behindCloudFront(node, ctx);
  const secretHeader = internetFacing && cdn;
  const logs = accessLogs(ctx, { statements: [elbLogDelivery(ctx)] });
  if (cdn) {
    // CloudFront's origin-facing servers on port 80 (CloudFront speaks HTTP to it), nobody else. One rule:
    // a prefix list counts as its maximum size (55 entries) against the group's quota of 60 rules.
    ctx.mappings.set(
      'CloudFrontOriginFacingPrefixList',
      Object.fromEntries(Object.entries(CLOUDFRONT_PREFIX_LISTS).map(([region, plId]) => [region, { PrefixListId: plId }])),
    );
    ctx.add(
      `${names.securityGroup(id)}FromCloudFront`,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          GroupId: ctx.securityGroupId(node.id),
          ...tcp(
            80,
            { SourcePrefixListId: findInMap('CloudFrontOriginFacingPrefixList', ref('AWS::Region'), 'PrefixListId') },
            'HTTP from CloudFront origin-facing servers only',
          ),
        },
      },
      node.id,
    );
  }
  ctx.add(
    id,
    {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Type: 'application',
        Scheme: internetFacing ? 'internet-facing' : 'internal',
        Subnets: ctx.subnetsOf(node.id),
        SecurityGroups: [ctx.securityGroupId(node.id)],
        LoadBalancerAttributes: [
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'access_logs.s3.bucket', Value: ref(logs) },
          { Key: 'access_logs.s3.prefix', Value: `alb/${id}` },
          { Key: 'idle_timeout.timeout_seconds', Value: String(propNumber(node, 'idleTimeoutSeconds', 60)) },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
        ],
      },
      DependsOn: [ACCESS_LOG_BUCKET_POLICY, ...(internetFacing && ctx.hasGeneratedNetwork() ? ['InternetGatewayAttachment'] : [])],
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
  const forbidden: CfnObject = { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '403', ContentType: 'text/plain', MessageBody: 'Forbidden' } };
  ctx.add(
    names.listener(id),
    {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: { LoadBalancerArn: ref(id), Port: 80, Protocol: 'HTTP', DefaultActions: [secretHeader ? forbidden : action] },
    },
    node.id,
  );
  if (secretHeader) {
    // Only requests that carry the distribution's secret header get through; anyone else who finds the DNS name gets 403.
    ctx.add(
      originSecretId(id),
      {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          Description: sub(`\${AWS::StackName} ${id}: the ${ORIGIN_HEADER} header value CloudFront sends and the listener requires`),
          GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true },
        },
        Metadata: acknowledged([ALB_ACKS.originSecretRotation]),
      },
      node.id,
    );
    ctx.add(
      `${names.listener(id)}OriginRule`,
      {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        Properties: {
          ListenerArn: ref(names.listener(id)),
          Priority: 1,
          Conditions: [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: ORIGIN_HEADER, Values: [originSecretValue(id)] } }],
          Actions: [action],
        },
      },
      node.id,
    );
  }
  if (!cdn) {
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
    const [source, from] = directSource(node, ctx);
    // 443 only when the HTTPS listener exists (a certificate was given).
    ctx.add(
      `${names.securityGroup(id)}Https`,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Condition: names.hasCertificate(id),
        Properties: { GroupId: ctx.securityGroupId(node.id), ...tcp(443, source, `HTTPS from ${from}`) },
        Metadata: acknowledged(albSecurityGroupAcknowledgements(node, ctx)),
      },
      node.id,
    );
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
  }
  ctx.output(`${id}DnsName`, { Description: `DNS name of the ${id} load balancer`, Value: getAtt(id, 'DNSName') });
};
