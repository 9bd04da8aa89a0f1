import { tsString } from '../../cdk/literal';
import type { CdkContext, CdkEmitter } from '../../cdk/types';

/** Name of the AWS-managed prefix list of CloudFront's origin-facing addresses. */
export const CLOUDFRONT_ORIGIN_FACING = 'com.amazonaws.global.cloudfront.origin-facing';

/**
 * The prefix list id differs per Region: a custom resource looks it up at deploy time so the stack
 * stays Region-agnostic. Emitted once per stack; returns the expression of the id.
 */
function cloudFrontPrefixList(ctx: CdkContext, lines: string[]): string {
  const v = 'cloudFrontPrefixList';
  if (ctx.once('cloudFrontPrefixList')) {
    ctx.use('cr');
    lines.push(
      `// CloudFront's origin-facing addresses (a managed prefix list whose id differs per Region),`,
      `// looked up at deploy time so that the stack stays Region-agnostic.`,
      `const ${v} = new cr.AwsCustomResource(this, 'CloudFrontOriginFacingPrefixList', {`,
      `  onUpdate: {`,
      `    service: 'EC2',`,
      `    action: 'describeManagedPrefixLists',`,
      `    parameters: { Filters: [{ Name: 'prefix-list-name', Values: ['${CLOUDFRONT_ORIGIN_FACING}'] }] },`,
      `    physicalResourceId: cr.PhysicalResourceId.of('${CLOUDFRONT_ORIGIN_FACING}'),`,
      `    outputPaths: ['PrefixLists.0.PrefixListId'],`,
      `  },`,
      `  policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),`,
      `  installLatestAwsSdk: false,`,
      `});`,
    );
  }
  return `${v}.getResponseField('PrefixLists.0.PrefixListId')`;
}

/**
 * Application Load Balancer: HTTP listener (CloudFront terminates HTTPS in front of it), one target
 * group over the Auto Scaling groups it targets with the health check and stickiness of the props.
 * Only CloudFront may reach it when CloudFront is its only caller.
 */
export const albCdk: CdkEmitter = {
  phase: 50,
  emit(node, ctx) {
    ctx.use('elbv2');
    ctx.use('ec2');
    const v = ctx.v(node.id);
    const p = node.props;
    const internetFacing = p['internetFacing'] !== false;
    const listener = ctx.helperVar(node.id, 'Listener');
    const callers = ctx.index
      .incoming(node.id)
      .map((e) => ctx.index.nodes.get(e.source))
      .filter((n) => n && n.kind !== 'waf');
    const onlyCloudFront = callers.length > 0 && callers.every((n) => n!.kind === 'cloudfront');
    const targets = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target))
      .filter((n) => n?.kind === 'asg')
      .map((n) => n!)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const lines: string[] = [];
    lines.push(
      `const ${v} = new elbv2.ApplicationLoadBalancer(this, ${tsString(ctx.id(node.id))}, {`,
      `  vpc,`,
      `  internetFacing: ${internetFacing},`,
      `  vpcSubnets: ${ctx.subnets(ctx.vpc.tiers.get(node.id) ?? 'data')},`,
      `  idleTimeout: cdk.Duration.seconds(${Number(p['idleTimeoutSeconds'] ?? 60)}),`,
      `  dropInvalidHeaderFields: true,`,
      `  http2Enabled: true,`,
      `});`,
    );
    if (onlyCloudFront) {
      const pl = cloudFrontPrefixList(ctx, lines);
      lines.push(
        `// CloudFront is the only caller: the listener accepts its origin-facing addresses and nobody else.`,
        `const ${listener} = ${v}.addListener('Http', { port: 80, open: false });`,
        `${v}.connections.allowFrom(ec2.Peer.prefixList(${pl}), ec2.Port.tcp(80), 'HTTP from CloudFront only');`,
      );
    } else if (internetFacing) {
      lines.push(`const ${listener} = ${v}.addListener('Http', { port: 80, open: true });`);
    } else {
      lines.push(
        `// Internal load balancer: reachable from inside the VPC only.`,
        `const ${listener} = ${v}.addListener('Http', { port: 80, open: false });`,
        `${v}.connections.allowFrom(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(80), 'HTTP from inside the VPC');`,
      );
    }
    if (targets.length === 0) {
      lines.push(
        `${listener}.addAction('Default', {`,
        `  action: elbv2.ListenerAction.fixedResponse(503, { contentType: 'text/plain', messageBody: 'No targets yet' }),`,
        `});`,
      );
    } else {
      const port = Number(targets[0]!.props['appPort'] ?? 80);
      const sticky = p['stickiness'] === true;
      lines.push(
        `// Adding the targets also opens the instances' port ${port} to this load balancer, and only to it.`,
        `${listener}.addTargets(${tsString(ctx.helperId(node.id, 'Targets'))}, {`,
        `  port: ${port},`,
        `  protocol: elbv2.ApplicationProtocol.HTTP,`,
        `  targets: [${targets.map((t) => ctx.v(t.id)).join(', ')}],`,
        `  healthCheck: { path: ${tsString(String(p['healthCheckPath'] ?? '/'))}, healthyHttpCodes: '200' },`,
        `  deregistrationDelay: cdk.Duration.seconds(30),`,
      );
      if (sticky) {
        lines.push(
          `  // Sticky sessions pin a user to one instance; when Auto Scaling scales in, that instance's`,
          `  // sessions are lost. A session store in ElastiCache avoids this.`,
          `  stickinessCookieDuration: cdk.Duration.seconds(${Number(p['stickinessDurationSeconds'] ?? 86400)}),`,
        );
      }
      lines.push(`});`);
    }
    if (internetFacing) ctx.output(`${ctx.id(node.id)}DnsName`, `${v}.loadBalancerDnsName`, `DNS name of load balancer ${node.id}`);
    return lines;
  },
};
