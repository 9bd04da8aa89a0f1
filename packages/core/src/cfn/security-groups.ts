/**
 * Security groups derived from the edges, least privilege: one group per node that lives in the
 * VPC; each accepts only the port its kind is reached on (`reach.port`), and only from the groups
 * of its callers in the VPC. Other sources (an ALB's CloudFront prefix list, the VPC, the
 * internet) come from the kind's own `cfn.ingress`.
 */
import type { DesignNode } from '../model/types';
import { type CfnObject, type EmitContext, names, ref } from './context';

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

export function emitSecurityGroups(ctx: EmitContext): void {
  for (const node of ctx.design.nodes) {
    if (!ctx.isInVpc(node)) continue;
    const base = ctx.id(node.id);
    const rules = ingressRules(node, ctx);
    ctx.add(
      names.securityGroup(base),
      {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `${base}: ${rules.length ? 'accepts only its callers' : 'no inbound traffic'}`,
          VpcId: ref('VPC'),
          ...(rules.length ? { SecurityGroupIngress: rules } : {}),
        },
      },
      node.id,
    );
  }
}
