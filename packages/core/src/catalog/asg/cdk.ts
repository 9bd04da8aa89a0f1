import { tsString } from '../../cdk/literal';
import type { CdkAcknowledgement, CdkEmitter } from '../../cdk/types';
import { ASG_ACKS, notificationTopics } from './nag';
import { asgSizes } from './sizes';
import { envVarName, tsLine, userDataLines } from './user-data';

/**
 * EC2 Auto Scaling group: Amazon Linux 2023 (latest AMI through the SSM public parameter) from a
 * launch template (feature flag in cdk.json), IMDSv2, encrypted gp3 root volume, app subnets, the
 * same sizes per environment and the same user data (the placeholder web server and the callees'
 * endpoints in /etc/app/env) as the CloudFormation export. Its outgoing edges become
 * `connections.allowFrom` rules and the IAM statements the callees declare; scaling notifications
 * go to the SNS topics it is connected to.
 */
export const asgCdk: CdkEmitter = {
  phase: 40,
  emit(node, ctx) {
    ctx.use('autoscaling');
    ctx.use('ec2');
    const v = ctx.v(node.id);
    const p = node.props;
    const port = Number(p['appPort'] ?? 80);
    const userData = ctx.helperVar(node.id, 'UserData');
    const sizes = asgSizes(node);
    const size = (field: string) => ctx.size(node.id, field, sizes[field]!);
    const albs = ctx.index
      .incoming(node.id)
      .map((e) => ctx.index.nodes.get(e.source))
      .filter((n) => n?.kind === 'alb');
    const targets = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target)!)
      .filter(Boolean)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const env: { name: string; value: string }[] = [];
    const wiring: string[] = [];
    const acks: CdkAcknowledgement[] = [];
    for (const t of targets) {
      const reach = ctx.facets(t.kind).reach?.cdk;
      if (!reach) continue;
      for (const e of reach.env(t, ctx)) env.push({ name: envVarName(t.id, e.name), value: e.template });
      wiring.push(...reach.wire(v, node.id, t, ctx));
      acks.push(...(reach.acknowledgements?.(t, ctx) ?? []));
    }
    const topics = notificationTopics(node, ctx.index);
    if (topics.length) ctx.use('sns');
    const script = userDataLines(
      env,
      port,
      albs.map((a) => String(a!.props['healthCheckPath'] ?? '/')),
    );

    const lines = [
      `const ${userData} = ec2.UserData.forLinux();`,
      `${userData}.addCommands(`,
      `  // The endpoints of the services this group calls (for the application to read), and a`,
      `  // placeholder that answers the load balancer's health checks: replace it with your application.`,
      ...script.map((l) => `  ${tsLine(l)},`),
      `);`,
      `const ${v} = new autoscaling.AutoScalingGroup(this, ${tsString(ctx.id(node.id))}, {`,
      `  vpc,`,
      `  vpcSubnets: ${ctx.subnets('app')},`,
      `  instanceType: new ec2.InstanceType(${size('instanceType')}),`,
      `  // The same public SSM parameter as the CloudFormation export (al2023-ami-kernel-default-x86_64).`,
      `  machineImage: ec2.MachineImage.latestAmazonLinux2023({ kernel: ec2.AmazonLinux2023Kernel.DEFAULT }),`,
      `  minCapacity: ${size('minCapacity')},`,
      `  maxCapacity: ${size('maxCapacity')},`,
      `  desiredCapacity: ${size('desiredCapacity')},`,
      `  requireImdsv2: true,`,
      `  ssmSessionPermissions: true,`,
      `  blockDevices: [`,
      `    {`,
      `      deviceName: '/dev/xvda',`,
      `      volume: autoscaling.BlockDeviceVolume.ebs(8, { encrypted: true, volumeType: autoscaling.EbsDeviceVolumeType.GP3 }),`,
      `    },`,
      `  ],`,
      `  userData: ${userData},`,
    ];
    if (albs.length) {
      lines.push(
        `  // Replace instances that fail the load balancer's health checks, not only dead ones.`,
        `  healthChecks: autoscaling.HealthChecks.withAdditionalChecks({`,
        `    additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB],`,
        `    gracePeriod: cdk.Duration.minutes(5),`,
        `  }),`,
      );
    }
    if (topics.length) {
      lines.push(
        `  // Every launch and termination, failed or not, to the topics the group is connected to.`,
        `  notifications: [`,
        ...topics.map((t) => `    { topic: sns.Topic.fromTopicArn(this, ${tsString(ctx.helperId(node.id, `${ctx.id(t.id)}Topic`))}, ${ctx.v(t.id)}.ref) },`),
        `  ],`,
      );
    }
    lines.push(
      `});`,
      `// The design sets a desired capacity: each deployment sets the group back to it.`,
      `cdk.Annotations.of(${v}).acknowledgeWarning('@aws-cdk/aws-autoscaling:desiredCapacitySet', 'The design sets the desired capacity.');`,
      ctx.acknowledge(`${v}.role`, [{ id: tsString(ASG_ACKS.ssmManagedPolicy.id), reason: ASG_ACKS.ssmManagedPolicy.reason }]),
    );
    if (!topics.length) lines.push(ctx.acknowledge(v, [{ id: tsString(ASG_ACKS.noTopic.id), reason: ASG_ACKS.noTopic.reason }]));
    lines.push(
      `// Scale out and in with load: instances keep no state, so any of them may go.`,
      `${v}.scaleOnCpuUtilization(${tsString(ctx.helperId(node.id, 'CpuScaling'))}, { targetUtilizationPercent: 50 });`,
    );
    if (wiring.length) lines.push(`// Least privilege: only the ports and data this group's edges need.`, ...wiring);
    if (acks.length) lines.push(ctx.acknowledge(`${v}.role.node.findChild('DefaultPolicy')`, acks));
    return lines;
  },
};
