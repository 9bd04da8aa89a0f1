import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

function envName(nodeId: string, what: string): string {
  return `${nodeId.replace(/-/g, '_').toUpperCase()}_${what}`;
}

/**
 * EC2 Auto Scaling group: Amazon Linux 2023 (latest AMI through the SSM public parameter) from a
 * launch template (feature flag in cdk.json), IMDSv2, encrypted gp3 root volume, private subnets.
 * Its outgoing edges become `connections.allowFrom` rules and grants; the endpoints of what it
 * calls are written to /etc/app/env for the application.
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
    const min = Number(p['minSize'] ?? 2);
    const max = Number(p['maxSize'] ?? 4);
    const desired = Number(p['desiredCapacity'] ?? 2);
    const instanceType = String(p['instanceType'] ?? 't3.small');
    const albs = ctx.index
      .incoming(node.id)
      .map((e) => ctx.index.nodes.get(e.source))
      .filter((n) => n?.kind === 'alb');
    const healthPaths = [...new Set(albs.map((a) => String(a!.props['healthCheckPath'] ?? '/')))].filter((h) => h !== '/').sort();
    const targets = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target)!)
      .filter(Boolean)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const env: string[] = [];
    const wiring: string[] = [];
    for (const t of targets) {
      const reach = ctx.facets(t.kind).reach?.cdk;
      if (!reach) continue;
      for (const e of reach.env(t, ctx)) env.push(`${envName(t.id, e.name)}=${e.template}`);
      wiring.push(...reach.wire(v, node.id, t, ctx));
    }

    const lines = [
      `const ${userData} = ec2.UserData.forLinux();`,
      `${userData}.addCommands(`,
      `  // Endpoints of the services this group calls, for the application to read.`,
      `  'mkdir -p /etc/app',`,
      ...env.map((e) => `  \`echo "${e}" >> /etc/app/env\`,`),
      `  // A placeholder that answers the load balancer's health checks: replace it with your application.`,
      `  'mkdir -p /var/www/app && echo ok > /var/www/app/index.html',`,
      ...healthPaths.map((h) =>
        h.endsWith('/')
          ? `  ${tsString(`mkdir -p '/var/www/app${h}' && echo ok > '/var/www/app${h}index.html'`)},`
          : `  ${tsString(`mkdir -p "$(dirname '/var/www/app${h}')" && echo ok > '/var/www/app${h}'`)},`,
      ),
      `  'systemd-run --unit=placeholder-app python3 -m http.server ${port} --directory /var/www/app',`,
      `);`,
      `const ${v} = new autoscaling.AutoScalingGroup(this, ${tsString(ctx.id(node.id))}, {`,
      `  vpc,`,
      `  vpcSubnets: ${ctx.subnets('app')},`,
      `  instanceType: new ec2.InstanceType(${ctx.size(node.id, 'instanceType', { doc: 'EC2 instance type.', prod: instanceType, stage: instanceType, dev: 't3.micro' })}),`,
      `  machineImage: ec2.MachineImage.latestAmazonLinux2023(),`,
      `  minCapacity: ${ctx.size(node.id, 'minCapacity', { doc: 'Fewest instances.', prod: min, stage: min, dev: Math.min(min, 1) })},`,
      `  maxCapacity: ${ctx.size(node.id, 'maxCapacity', { doc: 'Most instances when scaling out.', prod: max, stage: max, dev: Math.max(Math.min(max, 2), Math.min(min, 1), 1) })},`,
      `  desiredCapacity: ${ctx.size(node.id, 'desiredCapacity', { doc: 'Instances to run now.', prod: desired, stage: desired, dev: Math.min(desired, 1) })},`,
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
    lines.push(
      `});`,
      `// The design sets a desired capacity: each deployment sets the group back to it.`,
      `cdk.Annotations.of(${v}).acknowledgeWarning('@aws-cdk/aws-autoscaling:desiredCapacitySet', 'The design sets the desired capacity.');`,
    );
    lines.push(
      `// Scale out and in with load: instances keep no state, so any of them may go.`,
      `${v}.scaleOnCpuUtilization(${tsString(ctx.helperId(node.id, 'CpuScaling'))}, { targetUtilizationPercent: 60 });`,
    );
    if (wiring.length) lines.push(`// Least privilege: only the ports and data this group's edges need.`, ...wiring);
    return lines;
  },
};
