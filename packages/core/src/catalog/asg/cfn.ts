/**
 * Auto Scaling group → an instance role whose policy grants only what the edges imply, its
 * instance profile, a launch template (latest Amazon Linux 2023 from the public SSM parameter,
 * IMDSv2 only, encrypted gp3), the group in the private subnets attached to the target groups of
 * the load balancers that target it, and CPU target tracking.
 */
import {
  type CfnObject,
  type EmitContext,
  type NodeEmitter,
  assumeRoleBy,
  getAtt,
  names,
  policyDocument,
  propNumber,
  propString,
  ref,
  sub,
} from '../../cfn/context';

export const AL2023_SSM_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/** What the instance role may do: exactly what each callee's kind says a caller needs. */
function statementsFor(nodeId: string, ctx: EmitContext): CfnObject[] {
  return ctx.calleesOf(nodeId).flatMap(({ node: t }) => ctx.facets(t.kind).reach?.iam?.(t, ctx) ?? []);
}

export const emitAsg: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  ctx.parameter(
    'LatestAmiId',
    {
      Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      Description: 'AMI of the instances: the public SSM parameter of the latest Amazon Linux 2023 (x86_64)',
      Default: AL2023_SSM_PARAMETER,
    },
    'Compute',
  );
  const statements = statementsFor(node.id, ctx);
  ctx.add(
    names.instanceRole(id),
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: only what the design's connections need`),
        AssumeRolePolicyDocument: assumeRoleBy('ec2.amazonaws.com'),
        ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore')],
        ...(statements.length ? { Policies: [{ PolicyName: 'Connections', PolicyDocument: policyDocument(statements) }] } : {}),
      },
    },
    node.id,
  );
  ctx.add(names.instanceProfile(id), { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(names.instanceRole(id))] } }, node.id);
  ctx.add(
    names.launchTemplate(id),
    {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          ImageId: ref('LatestAmiId'),
          InstanceType: propString(node, 'instanceType', 't3.small'),
          IamInstanceProfile: { Arn: getAtt(names.instanceProfile(id), 'Arn') },
          SecurityGroupIds: [ctx.securityGroupId(node.id)],
          MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'required', HttpPutResponseHopLimit: 1 },
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeType: 'gp3', VolumeSize: 8, Encrypted: true, DeleteOnTermination: true } }],
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: sub(`\${AWS::StackName}-${id}`) }] }],
        },
      },
    },
    node.id,
  );
  const min = propNumber(node, 'minSize', 2);
  const max = Math.max(min, propNumber(node, 'maxSize', 4));
  const desired = Math.min(max, Math.max(min, propNumber(node, 'desiredCapacity', 2)));
  // dev runs the smallest group that still serves (one instance); stage and prod use the design's sizes.
  const devMin = Math.min(min, 1);
  const devDesired = Math.min(max, Math.max(devMin, Math.min(desired, 1)));
  const targetGroups = ctx.callers(node.id, 'alb').map(({ node: alb }) => ref(names.targetGroup(ctx.id(alb.id), id)));
  ctx.add(
    id,
    {
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      Properties: {
        MinSize: ctx.size(`${id}MinSize`, { dev: devMin, stage: min, prod: min }),
        MaxSize: ctx.size(`${id}MaxSize`, { dev: max, stage: max, prod: max }),
        DesiredCapacity: ctx.size(`${id}DesiredCapacity`, { dev: devDesired, stage: desired, prod: desired }),
        LaunchTemplate: { LaunchTemplateId: ref(names.launchTemplate(id)), Version: getAtt(names.launchTemplate(id), 'LatestVersionNumber') },
        VPCZoneIdentifier: ctx.privateSubnets(),
        ...(targetGroups.length ? { TargetGroupARNs: targetGroups } : {}),
        HealthCheckType: targetGroups.length ? 'ELB' : 'EC2',
        HealthCheckGracePeriod: 300,
      },
      // Instances start once the private subnets route out through NAT (package mirrors, AWS APIs).
      ...(ctx.hasGeneratedNetwork() ? { DependsOn: ['PrivateDefaultRoute1', 'PrivateDefaultRoute2'] } : {}),
    },
    node.id,
  );
  ctx.add(
    names.scalingPolicy(id),
    {
      Type: 'AWS::AutoScaling::ScalingPolicy',
      Properties: {
        AutoScalingGroupName: ref(id),
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' }, TargetValue: 50 },
      },
    },
    node.id,
  );
};
