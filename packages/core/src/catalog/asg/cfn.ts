/**
 * Auto Scaling group → an instance role and its policy (only what the edges imply), its instance
 * profile, a launch template (latest Amazon Linux 2023 from the public SSM parameter, IMDSv2 only,
 * encrypted gp3, the placeholder web server and the callees' endpoints in its user data), the
 * group in the app subnets attached to the target groups of the load balancers that target it,
 * CPU target tracking, and scaling notifications to a topic when one is drawn.
 */
import {
  type CfnObject,
  type CfnValue,
  type EmitContext,
  type NodeEmitter,
  assumeRoleBy,
  getAtt,
  names,
  policyDocument,
  propNumber,
  ref,
  sub,
} from '../../cfn/context';
import { perEnvironment } from '../../cfn/environments';
import { acknowledged, type Acknowledgement } from '../../cfn/nag';
import { APP_EGRESS_ROUTES } from '../../cfn/network';
import type { DesignNode } from '../../model/types';
import { ASG_ACKS, notificationTopics, SCALING_EVENTS } from './nag';
import { asgSizes } from './sizes';
import { envVarName, subLine, userDataLines } from './user-data';

export const AL2023_SSM_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';

/** What the instance role may do: exactly what each callee's kind says a caller needs. */
function statementsFor(nodeId: string, ctx: EmitContext): CfnObject[] {
  return ctx.calleesOf(nodeId).flatMap(({ node: t }) => ctx.facets(t.kind).reach?.iam?.(t, ctx) ?? []);
}

/** What the callees say about findings on the caller's policy (e.g. object actions on a bucket's objects). */
function policyAcknowledgements(nodeId: string, ctx: EmitContext): Acknowledgement[] {
  return ctx.calleesOf(nodeId).flatMap(({ node: t }) => ctx.facets(t.kind).reach?.iamAcknowledgements?.(t, ctx) ?? []);
}

/** A CloudFormation value as a piece of a `Fn::Sub` body: a literal Sub string, `${X}` for a Ref, `${X.Attr}` for a GetAtt. */
function subFragment(value: CfnValue): string {
  if (typeof value === 'string') return value.replace(/\$\{/g, '${!');
  const v = value as CfnObject;
  if (typeof v['Fn::Sub'] === 'string') return v['Fn::Sub'];
  if (typeof v['Ref'] === 'string') return `\${${v['Ref']}}`;
  const att = v['Fn::GetAtt'];
  if (Array.isArray(att)) return `\${${String(att[0])}.${String(att[1])}}`;
  throw new Error(`an environment value the user data cannot hold: ${JSON.stringify(value)}`);
}

/** `#!/bin/bash` + the placeholder web server and the callees' endpoints, as the CDK writes it. */
function userData(node: DesignNode, ctx: EmitContext): CfnObject {
  const env = ctx
    .calleesOf(node.id)
    .map(({ node: t }) => t)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((t) => (ctx.facets(t.kind).reach?.env?.(t, ctx) ?? []).map((e) => ({ name: envVarName(t.id, e.name), value: subFragment(e.value) })));
  const healthPaths = ctx.callers(node.id, 'alb').map(({ node: alb }) => String(alb.props['healthCheckPath'] ?? '/'));
  const script = userDataLines(env, propNumber(node, 'appPort', 80), healthPaths);
  // A Fn::Sub only when the script refers to something (cfn-lint W1020: a Sub without variables).
  if (!env.length) return { 'Fn::Base64': ['#!/bin/bash', ...script.map((l) => ('text' in l ? l.text : ''))].join('\n') };
  return { 'Fn::Base64': sub(['#!/bin/bash', ...script.map(subLine)].join('\n')) };
}

function dependsOn(ids: string[]): { DependsOn?: string[] } {
  return ids.length ? { DependsOn: ids } : {};
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
  const role = names.instanceRole(id);
  ctx.add(
    role,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: only what the design's connections need`),
        AssumeRolePolicyDocument: assumeRoleBy('ec2.amazonaws.com'),
        ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore')],
      },
      Metadata: acknowledged([ASG_ACKS.ssmManagedPolicy]),
    },
    node.id,
  );
  const statements = statementsFor(node.id, ctx);
  const policy = `${role}Policy`;
  if (statements.length) {
    ctx.add(
      policy,
      {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyName: `${id}Connections`.slice(0, 128), Roles: [ref(role)], PolicyDocument: policyDocument(statements) },
        Metadata: acknowledged(policyAcknowledgements(node.id, ctx)),
      },
      node.id,
    );
  }
  ctx.add(names.instanceProfile(id), { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [ref(role)] } }, node.id);
  const sizes = asgSizes(node);
  // The group's sizes are strings in the resource schema; a literal (all environments alike) is written as one.
  const size = (field: string) => {
    const v = perEnvironment(ctx, `${id}${sizes[field]!.cfn}`, sizes[field]!);
    return typeof v === 'number' ? String(v) : v;
  };
  ctx.add(
    names.launchTemplate(id),
    {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          ImageId: ref('LatestAmiId'),
          InstanceType: size('instanceType'),
          IamInstanceProfile: { Arn: getAtt(names.instanceProfile(id), 'Arn') },
          SecurityGroupIds: [ctx.securityGroupId(node.id)],
          MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'required', HttpPutResponseHopLimit: 1 },
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeType: 'gp3', VolumeSize: 8, Encrypted: true, DeleteOnTermination: true } }],
          UserData: userData(node, ctx),
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: sub(`\${AWS::StackName}-${id}`) }] }],
        },
      },
    },
    node.id,
  );
  const targetGroups = ctx.callers(node.id, 'alb').map(({ node: alb }) => ref(names.targetGroup(ctx.id(alb.id), id)));
  const topics = notificationTopics(node, ctx.index).map((t) => ctx.id(t.id));
  ctx.add(
    id,
    {
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      Properties: {
        MinSize: size('minCapacity'),
        MaxSize: size('maxCapacity'),
        DesiredCapacity: size('desiredCapacity'),
        LaunchTemplate: { LaunchTemplateId: ref(names.launchTemplate(id)), Version: getAtt(names.launchTemplate(id), 'LatestVersionNumber') },
        VPCZoneIdentifier: ctx.subnetsOf(node.id),
        ...(targetGroups.length ? { TargetGroupARNs: targetGroups } : {}),
        HealthCheckType: targetGroups.length ? 'ELB' : 'EC2',
        HealthCheckGracePeriod: 300,
        ...(topics.length ? { NotificationConfigurations: topics.map((t) => ({ TopicARN: ref(t), NotificationTypes: [...SCALING_EVENTS] })) } : {}),
      },
      // The instances need their egress route (package mirrors, AWS APIs) and their permissions from the start.
      ...dependsOn([...(statements.length ? [policy] : []), ...(ctx.network.nat && ctx.hasGeneratedNetwork() ? APP_EGRESS_ROUTES : [])]),
      Metadata: acknowledged([topics.length ? undefined : ASG_ACKS.noTopic]),
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
