import { tsString } from '../../cdk/literal';
import type { CdkContext, CdkEmitter } from '../../cdk/types';
import { ALB_SSL_POLICY, CLOUDFRONT_PREFIX_LISTS, ELB_LOG_ACCOUNTS, ELB_LOG_CONDITION, ELB_LOG_MAPPING, ELB_LOG_SERVICE, ORIGIN_HEADER } from './cfn';
import { ALB_ACKS } from './nag';

/** Name of the AWS-managed prefix list of CloudFront's origin-facing addresses. */
export const CLOUDFRONT_ORIGIN_FACING = 'com.amazonaws.global.cloudfront.origin-facing';

/** `cdk.Fn.conditionOr` over any number of conditions (each takes 2 to 10), as code. */
function anyOf(conditions: string[]): string {
  if (conditions.length <= 10) return `cdk.Fn.conditionOr(\n${conditions.map((c) => `  ${c},`).join('\n')}\n)`;
  const chunks: string[][] = [];
  for (let i = 0; i < conditions.length; i += 10) chunks.push(conditions.slice(i, i + 10));
  const last = chunks.at(-1)!;
  if (last.length === 1) last.unshift(chunks.at(-2)!.pop()!);
  return anyOf(chunks.map((c) => anyOf(c).replace(/\n/g, '\n  ')));
}

/** The module-level helper that returns the principal Elastic Load Balancing writes access logs as, in this Region. */
function elbLogHelper(): string {
  const rows = Object.entries(ELB_LOG_ACCOUNTS).map(([region, account]) => `      ${tsString(region)}: { AccountId: ${tsString(account)} },`);
  const equals = Object.keys(ELB_LOG_ACCOUNTS).map((region) => `cdk.Fn.conditionEquals(cdk.Aws.REGION, ${tsString(region)})`);
  return [
    `/**`,
    ` * The principal Elastic Load Balancing delivers access logs as: the ELB account of the Region in the`,
    ` * Regions that opened before August 2022, the log delivery service elsewhere (as in the CloudFormation`,
    ` * export; the stack stays Region-agnostic).`,
    ` */`,
    `function elbLogDeliveryPrincipal(scope: Construct): unknown {`,
    `  const stack = cdk.Stack.of(scope);`,
    `  const accounts =`,
    `    (stack.node.tryFindChild('${ELB_LOG_MAPPING}') as cdk.CfnMapping | undefined) ??`,
    `    new cdk.CfnMapping(stack, '${ELB_LOG_MAPPING}', {`,
    `      mapping: {`,
    ...rows.map((r) => `    ${r}`),
    `      },`,
    `    });`,
    `  const byAccount =`,
    `    (stack.node.tryFindChild('${ELB_LOG_CONDITION}') as cdk.CfnCondition | undefined) ??`,
    `    new cdk.CfnCondition(stack, '${ELB_LOG_CONDITION}', {`,
    `      expression: ${anyOf(equals).replace(/\n/g, '\n      ')},`,
    `    });`,
    `  return cdk.Fn.conditionIf(`,
    `    byAccount.logicalId,`,
    `    { AWS: cdk.Fn.sub('arn:\${AWS::Partition}:iam::\${Account}:root', { Account: accounts.findInMap(cdk.Aws.REGION, 'AccountId') }) },`,
    `    { Service: '${ELB_LOG_SERVICE}' },`,
    `  );`,
    `}`,
  ].join('\n');
}

/** The load balancers' delivery statement on the access-log bucket (raw policy JSON, as in cfn.ts). */
const ELB_LOG_STATEMENT = {
  sid: 'ElbAccessLogs',
  code: [
    `{`,
    `  Sid: 'ElbAccessLogs',`,
    `  Effect: 'Allow',`,
    `  Principal: elbLogDeliveryPrincipal(this),`,
    `  Action: 's3:PutObject',`,
    `  Resource: \`\${accessLogs.bucketArn}/alb/*\`,`,
    `}`,
  ].join('\n'),
};

/**
 * CloudFront's origin-facing prefix list per Region, in a mapping as in the CloudFormation export
 * (no custom resource: the stack stays Region-agnostic). Emitted once per stack; returns the
 * expression of the id.
 */
function cloudFrontPrefixList(ctx: CdkContext, lines: string[]): string {
  const v = 'cloudFrontPrefixList';
  if (ctx.once('cloudFrontPrefixList')) {
    lines.push(
      `// CloudFront's origin-facing addresses (${CLOUDFRONT_ORIGIN_FACING}): a managed prefix list whose id differs per Region.`,
      `const ${v} = new cdk.CfnMapping(this, 'CloudFrontOriginFacingPrefixList', {`,
      `  mapping: {`,
      ...Object.entries(CLOUDFRONT_PREFIX_LISTS).map(([region, id]) => `    ${tsString(region)}: { PrefixListId: ${tsString(id)} },`),
      `  },`,
      `});`,
    );
  }
  return `${v}.findInMap(cdk.Aws.REGION, 'PrefixListId')`;
}

/**
 * Application Load Balancer with access logs to the stack's log bucket, one target group per Auto
 * Scaling group it targets (health check and stickiness of the props), an HTTP listener. Behind
 * CloudFront it accepts only that distribution: the origin-facing prefix list on port 80 and, when
 * internet-facing, the secret origin header checked by a listener rule. Reached directly, an HTTPS
 * listener exists when the deployer passes a certificate (the `<Id>CertificateArn` parameter).
 * The same resources as the CloudFormation export.
 */
export const albCdk: CdkEmitter = {
  phase: 50,
  emit(node, ctx) {
    ctx.use('elbv2');
    ctx.use('ec2');
    const v = ctx.v(node.id);
    const id = ctx.id(node.id);
    const p = node.props;
    const internetFacing = p['internetFacing'] !== false;
    const listener = ctx.helperVar(node.id, 'Listener');
    const cdn = ctx.index.incoming(node.id).some((e) => ctx.index.nodes.get(e.source)?.kind === 'cloudfront');
    const secretHeader = internetFacing && cdn;
    const targets = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target))
      .filter((n) => n?.kind === 'asg')
      .map((n) => n!)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ctx.helper('elbLogDeliveryPrincipal', elbLogHelper());
    const logs = ctx.accessLogs({ statements: [ELB_LOG_STATEMENT], dependent: v });
    const sg = `${v}.connections.securityGroups[0]!`;
    const lines: string[] = [];
    lines.push(
      `const ${v} = new elbv2.ApplicationLoadBalancer(this, ${tsString(id)}, {`,
      `  vpc,`,
      `  internetFacing: ${internetFacing},`,
      `  vpcSubnets: ${ctx.subnets(ctx.vpc.tiers.get(node.id) ?? 'data')},`,
      `  idleTimeout: cdk.Duration.seconds(${Number(p['idleTimeoutSeconds'] ?? 60)}),`,
      `  dropInvalidHeaderFields: true,`,
      `  http2Enabled: true,`,
      `});`,
      `// Access logs to the stack's log bucket (its policy lets Elastic Load Balancing write under alb/).`,
      `${v}.setAttribute('access_logs.s3.enabled', 'true');`,
      `${v}.setAttribute('access_logs.s3.bucket', ${logs}.bucketName);`,
      `${v}.setAttribute('access_logs.s3.prefix', ${tsString(`alb/${id}`)});`,
      `const ${listener} = ${v}.addListener('Http', { port: 80, open: false });`,
    );
    if (cdn) {
      const pl = cloudFrontPrefixList(ctx, lines);
      lines.push(
        `// CloudFront calls it: its origin-facing addresses on port 80, nobody else (one rule: a prefix list counts as its maximum size against the group's rule quota).`,
        `${v}.connections.allowFrom(ec2.Peer.prefixList(${pl}), ec2.Port.tcp(80), 'HTTP from CloudFront origin-facing servers only');`,
      );
    } else if (internetFacing) {
      lines.push(
        `${v}.connections.allowFrom(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP from the internet');`,
        ctx.acknowledge(sg, [{ id: tsString(ALB_ACKS.openToInternet.id), reason: ALB_ACKS.openToInternet.reason }]),
      );
    } else {
      lines.push(
        `// Internal load balancer: reachable from inside the VPC only.`,
        `${v}.connections.allowFrom(ec2.Peer.ipv4(VPC_CIDR), ec2.Port.tcp(80), 'HTTP from inside the VPC');`,
      );
    }
    const groups: string[] = [];
    const sticky = p['stickiness'] === true;
    for (const t of targets) {
      const tg = ctx.helperVar(node.id, `${ctx.id(t.id)}Targets`);
      groups.push(tg);
      lines.push(
        `// Targeting the group also opens the instances' port ${Number(t.props['appPort'] ?? 80)} to this load balancer, and only to it.`,
        `const ${tg} = new elbv2.ApplicationTargetGroup(this, ${tsString(ctx.helperId(node.id, `${ctx.id(t.id)}Targets`))}, {`,
        `  vpc,`,
        `  port: ${Number(t.props['appPort'] ?? 80)},`,
        `  protocol: elbv2.ApplicationProtocol.HTTP,`,
        `  targetType: elbv2.TargetType.INSTANCE,`,
        `  targets: [${ctx.v(t.id)}],`,
        `  healthCheck: { path: ${tsString(String(p['healthCheckPath'] ?? '/'))}, healthyHttpCodes: '200-399' },`,
        `  deregistrationDelay: cdk.Duration.seconds(30),`,
        ...(sticky
          ? [
              `  // Sticky sessions pin a user to one instance; when Auto Scaling scales in, that instance's`,
              `  // sessions are lost. A session store in ElastiCache avoids this.`,
              `  stickinessCookieDuration: cdk.Duration.seconds(${Number(p['stickinessDurationSeconds'] ?? 86400)}),`,
            ]
          : []),
        `});`,
      );
    }
    const forward =
      groups.length === 0
        ? `elbv2.ListenerAction.fixedResponse(503, { contentType: 'text/plain', messageBody: 'No targets yet' })`
        : groups.length === 1
          ? `elbv2.ListenerAction.forward([${groups[0]}])`
          : `elbv2.ListenerAction.weightedForward([${groups.map((g) => `{ targetGroup: ${g}, weight: 1 }`).join(', ')}])`;
    if (secretHeader) {
      ctx.use('secretsmanager');
      const secret = ctx.helperVar(node.id, 'OriginSecret');
      lines.push(
        `// Only requests that carry the distribution's secret header get through; anyone else who finds the DNS name gets 403.`,
        `const ${secret} = new secretsmanager.Secret(this, ${tsString(ctx.helperId(node.id, 'OriginSecret'))}, {`,
        `  description: ${tsString(`The ${ORIGIN_HEADER} header value CloudFront sends to load balancer ${node.id}`)},`,
        `  generateSecretString: { passwordLength: 32, excludePunctuation: true },`,
        `});`,
        ctx.acknowledge(secret, [{ id: tsString(ALB_ACKS.originSecretRotation.id), reason: ALB_ACKS.originSecretRotation.reason }]),
        `${listener}.addAction('Default', { action: elbv2.ListenerAction.fixedResponse(403, { contentType: 'text/plain', messageBody: 'Forbidden' }) });`,
        `${listener}.addAction('Origin', {`,
        `  priority: 1,`,
        `  conditions: [elbv2.ListenerCondition.httpHeader(${tsString(ORIGIN_HEADER)}, [${secret}.secretValue.unsafeUnwrap()])],`,
        `  action: ${forward},`,
        `});`,
      );
    } else {
      lines.push(`${listener}.addAction('Default', { action: ${forward} });`);
    }
    if (!cdn) {
      const cert = ctx.helperVar(node.id, 'CertificateArn');
      const hasCert = ctx.helperVar(node.id, 'HasCertificate');
      const https = ctx.helperVar(node.id, 'HttpsListener');
      const httpsIngress = ctx.helperVar(node.id, 'HttpsIngress');
      const action =
        groups.length === 0
          ? `{ type: 'fixed-response', fixedResponseConfig: { statusCode: '503', contentType: 'text/plain', messageBody: 'No targets yet' } }`
          : groups.length === 1
            ? `{ type: 'forward', targetGroupArn: ${groups[0]}.targetGroupArn }`
            : `{ type: 'forward', forwardConfig: { targetGroups: [${groups.map((g) => `{ targetGroupArn: ${g}.targetGroupArn, weight: 1 }`).join(', ')}] } }`;
      lines.push(
        `// HTTPS when the deployer passes an ACM certificate (cdk deploy --parameters ${ctx.helperId(node.id, 'CertificateArn')}=arn:…); empty = HTTP only.`,
        `const ${cert} = new cdk.CfnParameter(this, ${tsString(ctx.helperId(node.id, 'CertificateArn'))}, {`,
        `  type: 'String',`,
        `  default: '',`,
        `  allowedPattern: '^(arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+)?$',`,
        `  description: ${tsString(`ARN of an ACM certificate for HTTPS on load balancer ${node.id} (port 443); leave empty for HTTP only`)},`,
        `});`,
        `const ${hasCert} = new cdk.CfnCondition(this, ${tsString(ctx.helperId(node.id, 'HasCertificate'))}, {`,
        `  expression: cdk.Fn.conditionNot(cdk.Fn.conditionEquals(${cert}.valueAsString, '')),`,
        `});`,
        `const ${https} = new elbv2.CfnListener(this, ${tsString(ctx.helperId(node.id, 'HttpsListener'))}, {`,
        `  loadBalancerArn: ${v}.loadBalancerArn,`,
        `  port: 443,`,
        `  protocol: 'HTTPS',`,
        `  sslPolicy: ${tsString(ALB_SSL_POLICY)},`,
        `  certificates: [{ certificateArn: ${cert}.valueAsString }],`,
        `  defaultActions: [${action}],`,
        `});`,
        `${https}.cfnOptions.condition = ${hasCert};`,
        `const ${httpsIngress} = new ec2.CfnSecurityGroupIngress(this, ${tsString(ctx.helperId(node.id, 'HttpsIngress'))}, {`,
        `  groupId: ${sg}.securityGroupId,`,
        `  ipProtocol: 'tcp',`,
        `  fromPort: 443,`,
        `  toPort: 443,`,
        `  cidrIp: ${internetFacing ? `'0.0.0.0/0'` : 'VPC_CIDR'},`,
        `  description: ${tsString(internetFacing ? 'HTTPS from the internet' : 'HTTPS from inside the VPC')},`,
        `});`,
        `${httpsIngress}.cfnOptions.condition = ${hasCert};`,
        ...(internetFacing ? [ctx.acknowledge(httpsIngress, [{ id: tsString(ALB_ACKS.openToInternet.id), reason: ALB_ACKS.openToInternet.reason }])] : []),
      );
    }
    if (internetFacing) ctx.output(`${id}DnsName`, `${v}.loadBalancerDnsName`, `DNS name of load balancer ${node.id}`);
    return lines;
  },
};
