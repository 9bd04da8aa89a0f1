/**
 * Security groups derived from the edges, least privilege: one group per node that lives in the
 * VPC; each accepts only the port its kind is reached on (`reach.port`), and only from the groups
 * of its callers in the VPC. Other sources (an ALB's CloudFront prefix list, the VPC, the
 * internet) come from the kind's own `cfn.ingress`.
 *
 * A node made from an imported template keeps its own security groups verbatim; a new connection
 * from a caller in the VPC adds one `AWS::EC2::SecurityGroupIngress` beside them, and nothing else.
 */
import type { DesignNode } from '../model/types';
import { type CfnObject, type EmitContext, names } from './context';

function tcp(port: number, source: CfnObject, description: string): CfnObject {
  return { IpProtocol: 'tcp', FromPort: port, ToPort: port, ...source, Description: description };
}

function ingressRules(node: DesignNode, ctx: EmitContext): CfnObject[] {
  const facets = ctx.facets(node.kind);
  const own = facets.cfn.ingress?.(node, ctx) ?? [];
  const port = facets.reach?.port?.(node);
  if (port === undefined) return own;
  const seen = new Set<string>();
  const fromCallers: CfnObject[] = [];
  for (const { node: caller } of ctx.callersOf(node.id)) {
    if (!ctx.isInVpc(caller) || seen.has(caller.id)) continue;
    seen.add(caller.id);
    fromCallers.push(tcp(port, { SourceSecurityGroupId: ctx.securityGroupId(caller.id) }, `TCP ${port} from ${ctx.id(caller.id)}`));
  }
  return [...own, ...fromCallers];
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
    const base = ctx.id(node.id);
    const rules = ingressRules(node, ctx);
    ctx.add(
      names.securityGroup(base),
      {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `${base}: ${rules.length ? 'accepts only its callers' : 'no inbound traffic'}`,
          VpcId: ctx.vpcId(),
          ...(rules.length ? { SecurityGroupIngress: rules } : {}),
        },
      },
      node.id,
    );
  }
}
