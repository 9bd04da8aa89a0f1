/**
 * WAF → a web ACL with a rate-based rule and the AWS managed rule groups chosen in the props:
 * `CLOUDFRONT` scope for the distributions it protects (such an ACL can only be created in
 * us-east-1: it goes to the companion us-east-1 stack, see `cfn/stacks.ts`), `REGIONAL` scope plus one
 * association per load balancer it protects. A WAF with no edge gets a regional ACL.
 */
import { type CfnObject, type CfnResource, type NodeEmitter, getAtt, names, propBool, propNumber, ref } from '../../cfn/context';
import type { DesignNode } from '../../model/types';

const MANAGED_GROUPS = [
  { prop: 'ipReputation', name: 'AWSManagedRulesAmazonIpReputationList' },
  { prop: 'commonRuleSet', name: 'AWSManagedRulesCommonRuleSet' },
  { prop: 'knownBadInputs', name: 'AWSManagedRulesKnownBadInputsRuleSet' },
] as const;

function visibility(metric: string): CfnObject {
  return { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: metric.slice(0, 128) };
}

function webAcl(node: DesignNode, aclId: string, scope: 'CLOUDFRONT' | 'REGIONAL'): CfnResource {
  const rules: CfnObject[] = [
    {
      Name: 'RateLimitPerIp',
      Priority: 0,
      Action: { Block: {} },
      Statement: { RateBasedStatement: { Limit: propNumber(node, 'rateLimit', 2000), AggregateKeyType: 'IP' } },
      VisibilityConfig: visibility(`${aclId}RateLimitPerIp`),
    },
  ];
  MANAGED_GROUPS.filter((g) => propBool(node, g.prop, true)).forEach((g, i) =>
    rules.push({
      Name: g.name,
      Priority: i + 1,
      OverrideAction: { None: {} },
      Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: g.name } },
      VisibilityConfig: visibility(`${aclId}${g.name}`),
    }),
  );
  return {
    Type: 'AWS::WAFv2::WebACL',
    Properties: {
      Scope: scope,
      Description: `${aclId} - ${scope === 'CLOUDFRONT' ? 'CloudFront distributions' : 'load balancers'}`,
      DefaultAction: { Allow: {} },
      Rules: rules,
      VisibilityConfig: visibility(aclId),
    },
  };
}

export const emitWaf: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const distributions = ctx.callees(node.id, 'cloudfront');
  const albs = ctx.callees(node.id, 'alb');
  if (distributions.length) {
    const acl = names.webAclCloudFront(id);
    // AWS creates CLOUDFRONT-scope web ACLs only in us-east-1: this one goes to the us-east-1 stack (the `usEast1` facet).
    ctx.add(acl, webAcl(node, acl, 'CLOUDFRONT'), node.id);
    ctx.output(`${id}WebAclArn`, { Description: `ARN of the ${id} web ACL (CloudFront scope)`, Value: getAtt(acl, 'Arn') });
  }
  if (albs.length || !distributions.length) {
    const acl = names.webAclRegional(id);
    ctx.add(acl, webAcl(node, acl, 'REGIONAL'), node.id);
    for (const { edge, node: alb } of albs) {
      const albId = ctx.id(alb.id);
      ctx.add(
        names.webAclAssociation(id, albId),
        { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: ref(albId), WebACLArn: getAtt(acl, 'Arn') } },
        node.id,
        edge.id,
      );
    }
    ctx.output(`${id}RegionalWebAclArn`, { Description: `ARN of the ${id} web ACL (regional scope)`, Value: getAtt(acl, 'Arn') });
  }
};
