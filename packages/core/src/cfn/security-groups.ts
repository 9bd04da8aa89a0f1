/**
 * Security groups derived from the edges, least privilege, laid out as the CDK's `connections`
 * write them (so both exports hold the same rules):
 * - one group per node that lives in the VPC; its inline ingress holds only sources that are not
 *   another group (an ALB's CloudFront prefix list, the VPC, the internet: the kind's `cfn.ingress`);
 * - outbound: everything for kinds whose instances need egress (`network.egress`: package mirrors,
 *   AWS APIs), for the others only their own callees (below), or nothing at all (a placeholder rule
 *   that matches no traffic, as the CDK's `allowAllOutbound: false` writes it);
 * - per edge between two nodes in the VPC, the callee's port (`reach.port`) from the caller's
 *   group: an `AWS::EC2::SecurityGroupIngress` on the callee and, when the caller may not send
 *   everywhere, the matching `AWS::EC2::SecurityGroupEgress` on the caller (separate resources:
 *   two groups that name each other inline would be a circular dependency).
 */
import { definitionOf } from '../catalog/index';
import type { DesignNode } from '../model/types';
import { type CfnObject, type EmitContext, names } from './context';
import { acknowledged } from './nag';

/** The outbound rule of a group that may send anywhere. */
export const ALLOW_ALL_OUTBOUND: CfnObject = { CidrIp: '0.0.0.0/0', Description: 'Allow all outbound traffic by default', IpProtocol: '-1' };
/** The outbound rule of a group that may send nothing: it matches no traffic (ICMP type 252, code 86). */
export const NO_OUTBOUND: CfnObject = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 };

export const ruleNames = {
  ingress: (calleeBase: string, callerBase: string) => `${names.securityGroup(calleeBase)}From${callerBase}`,
  egress: (callerBase: string, calleeBase: string) => `${names.securityGroup(callerBase)}To${calleeBase}`,
} as const;

/** The node's instances may open connections anywhere (their kind needs egress). */
export function sendsAnywhere(node: DesignNode): boolean {
  return definitionOf(node.kind).network?.egress === true;
}

/** The node opens connections to a callee in the VPC (it gets its own outbound rules to the callee's group). */
function callsInVpc(node: DesignNode, ctx: EmitContext): boolean {
  return ctx.calleesOf(node.id).some(({ node: callee }) => ctx.isInVpc(callee) && ctx.facets(callee.kind).reach?.port?.(callee) !== undefined);
}

export function emitSecurityGroups(ctx: EmitContext): void {
  for (const node of ctx.design.nodes) {
    if (!ctx.isInVpc(node)) continue;
    const anywhere = sendsAnywhere(node);
    const base = ctx.id(node.id);
    const own = ctx.facets(node.kind).cfn.ingress?.(node, ctx) ?? [];
    const called = ctx.callersOf(node.id).some(({ node: caller }) => ctx.isInVpc(caller)) && ctx.facets(node.kind).reach?.port?.(node) !== undefined;
    ctx.add(
      names.securityGroup(base),
      {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `${base}: ${own.length || called ? 'accepts only its callers' : 'no inbound traffic'}`,
          VpcId: ctx.vpcId(),
          ...(own.length ? { SecurityGroupIngress: own } : {}),
          // A group with outbound rules of its own (to its callees) needs no placeholder, as the CDK writes it.
          ...(anywhere ? { SecurityGroupEgress: [ALLOW_ALL_OUTBOUND] } : callsInVpc(node, ctx) ? {} : { SecurityGroupEgress: [NO_OUTBOUND] }),
        },
        Metadata: acknowledged(ctx.facets(node.kind).cfn.securityGroupAcknowledgements?.(node, ctx) ?? []),
      },
      node.id,
    );
  }
  for (const callee of ctx.design.nodes) {
    if (!ctx.isInVpc(callee)) continue;
    const port = ctx.facets(callee.kind).reach?.port?.(callee);
    if (port === undefined) continue;
    const calleeBase = ctx.id(callee.id);
    const seen = new Set<string>();
    for (const { edge, node: caller } of ctx.callersOf(callee.id)) {
      if (!ctx.isInVpc(caller) || seen.has(caller.id)) continue;
      seen.add(caller.id);
      const callerBase = ctx.id(caller.id);
      const description = `TCP ${port} from ${callerBase}`;
      ctx.add(
        ruleNames.ingress(calleeBase, callerBase),
        {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: {
            GroupId: ctx.securityGroupId(callee.id),
            IpProtocol: 'tcp',
            FromPort: port,
            ToPort: port,
            SourceSecurityGroupId: ctx.securityGroupId(caller.id),
            Description: description,
          },
        },
        callee.id,
        edge.id,
      );
      if (sendsAnywhere(caller)) continue;
      ctx.add(
        ruleNames.egress(callerBase, calleeBase),
        {
          Type: 'AWS::EC2::SecurityGroupEgress',
          Properties: {
            GroupId: ctx.securityGroupId(caller.id),
            IpProtocol: 'tcp',
            FromPort: port,
            ToPort: port,
            DestinationSecurityGroupId: ctx.securityGroupId(callee.id),
            Description: `TCP ${port} to ${calleeBase}`,
          },
        },
        caller.id,
        edge.id,
      );
    }
  }
}
