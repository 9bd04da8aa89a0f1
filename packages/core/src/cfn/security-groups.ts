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
 *
 * A node made from an imported template keeps its own security groups verbatim; a new connection
 * from a caller in the VPC adds one `AWS::EC2::SecurityGroupIngress` beside them (and, for a
 * generated caller that may not send everywhere, the matching egress on the caller's group).
 */
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
export function sendsAnywhere(node: DesignNode, ctx: EmitContext): boolean {
  return ctx.network.egress.has(node.id);
}

/** The node opens connections to a callee in the VPC (it gets its own outbound rules to the callee's group). */
function callsInVpc(node: DesignNode, ctx: EmitContext): boolean {
  return ctx.calleesOf(node.id).some(({ node: callee }) => ctx.isInVpc(callee) && ctx.facets(callee.kind).reach?.port?.(callee) !== undefined);
}

function tcp(port: number, source: CfnObject, description: string): CfnObject {
  return { IpProtocol: 'tcp', FromPort: port, ToPort: port, ...source, Description: description };
}

/** Ingress rules for new connections into an imported node: one resource each, attached to the group it holds. */
function importedIngress(node: DesignNode, ctx: EmitContext): void {
  const held = ctx.held(node.id)!;
  const facets = ctx.facets(node.kind);
  const port = facets.importer?.edit?.port?.(held) ?? facets.reach?.port?.(node);
  if (port === undefined) return;
  const seen = new Set<string>();
  for (const { edge, node: caller } of ctx.callersOf(node.id)) {
    if (edge.imported || !ctx.isInVpc(caller) || seen.has(caller.id)) continue;
    seen.add(caller.id);
    ctx.add(
      `${ctx.id(node.id)}From${ctx.id(caller.id)}Ingress`.slice(0, 255),
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          GroupId: ctx.securityGroupId(node.id),
          ...tcp(port, { SourceSecurityGroupId: ctx.securityGroupId(caller.id) }, `TCP ${port} from ${ctx.id(caller.id)}`),
        },
      },
      caller.id,
      edge.id,
    );
  }
}

export function emitSecurityGroups(ctx: EmitContext): void {
  for (const node of ctx.design.nodes) {
    if (!ctx.isInVpc(node)) continue;
    if (node.imported) {
      importedIngress(node, ctx);
      continue;
    }
    const anywhere = sendsAnywhere(node, ctx);
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
      // An imported callee's ingress is written by `importedIngress`; an imported caller's group stays as it was.
      if (!callee.imported)
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
      if (sendsAnywhere(caller, ctx) || caller.imported || (callee.imported && edge.imported)) continue;
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
