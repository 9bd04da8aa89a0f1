/**
 * WAF → a web ACL with a rate-based rule and the AWS managed rule groups chosen in the props:
 * `CLOUDFRONT` scope for the distributions it protects (such an ACL can only be created in
 * us-east-1: a template Rule refuses other Regions up front), `REGIONAL` scope plus one
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
    ctx.add(acl, webAcl(node, acl, 'CLOUDFRONT'), node.id);
    ctx.rules.set('CloudFrontWebAclInUsEast1', {
      Assertions: [
        {
          Assert: { 'Fn::Equals': [ref('AWS::Region'), 'us-east-1'] },
          AssertDescription: 'A WAF web ACL for CloudFront (scope CLOUDFRONT) can only be created in us-east-1: deploy this stack in us-east-1.',
        },
      ],
    });
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
