import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

/** The AWS managed rule groups a WAF node's boolean props switch on, in rule priority order. */
const MANAGED_GROUPS: readonly (readonly [prop: string, group: string])[] = [
  ['ipReputation', 'AWSManagedRulesAmazonIpReputationList'],
  ['commonRuleSet', 'AWSManagedRulesCommonRuleSet'],
  ['knownBadInputs', 'AWSManagedRulesKnownBadInputsRuleSet'],
];

const MANAGED_RULE_HELPER = `/** A WAF rule that runs an AWS managed rule group. */
function managedRuleGroup(name: string, priority: number): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
  };
}`;

/**
 * WAFv2 has no L2 construct: an L1 web ACL with a rate limit and the managed rule groups of the
 * props. CloudFront needs a CLOUDFRONT-scope ACL (created in the us-east-1 stack), an ALB a
 * REGIONAL one with an association; a WAF node protecting both gets one of each.
 */
export const wafCdk: CdkEmitter = {
  phase: 60,
  emit(node, ctx) {
    ctx.use('wafv2');
    ctx.helper('managedRuleGroup', MANAGED_RULE_HELPER);
    const targets = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target)!)
      .filter(Boolean)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const cloudFront = targets.some((t) => t.kind === 'cloudfront');
    const albs = targets.filter((t) => t.kind === 'alb');
    const rate = Number(node.props['rateLimit'] ?? 2000);
    const lines: string[] = [];
    const acl = (v: string, constructId: string, scope: 'CLOUDFRONT' | 'REGIONAL', where = 'this') => {
      const metric = `${ctx.id(node.id)}${scope === 'CLOUDFRONT' ? '' : 'Regional'}`;
      const groups = MANAGED_GROUPS.filter(([prop]) => node.props[prop] !== false);
      lines.push(
        `const ${v} = new wafv2.CfnWebACL(${where}, ${tsString(constructId)}, {`,
        `  scope: '${scope}',`,
        `  defaultAction: { allow: {} },`,
        `  visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: ${tsString(metric)}, sampledRequestsEnabled: true },`,
        `  rules: [`,
        `    {`,
        `      // Block an IP address that sends more than ${rate} requests in five minutes.`,
        `      name: 'RateLimit',`,
        `      priority: 0,`,
        `      action: { block: {} },`,
        `      statement: { rateBasedStatement: { limit: ${rate}, aggregateKeyType: 'IP' } },`,
        `      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'RateLimit', sampledRequestsEnabled: true },`,
        `    },`,
        ...groups.map(([, group], i) => `    managedRuleGroup('${group}', ${i + 1}),`),
        `  ],`,
        `});`,
      );
    };
    if (cloudFront) {
      lines.push(
        `// AWS creates CLOUDFRONT-scope web ACLs only in us-east-1: this one lives in the us-east-1 stack, and the`,
        `// distribution refers to it across Regions (crossRegionReferences).`,
      );
      acl(ctx.v(node.id), ctx.id(node.id), 'CLOUDFRONT', ctx.usEast1());
    }
    if (albs.length || !cloudFront) {
      const v = cloudFront ? ctx.helperVar(node.id, 'Regional') : ctx.v(node.id);
      acl(v, cloudFront ? ctx.helperId(node.id, 'Regional') : ctx.id(node.id), 'REGIONAL');
      for (const alb of albs) {
        lines.push(
          `new wafv2.CfnWebACLAssociation(this, ${tsString(ctx.helperId(node.id, `${ctx.id(alb.id)}Association`))}, {`,
          `  resourceArn: ${ctx.v(alb.id)}.loadBalancerArn,`,
          `  webAclArn: ${v}.attrArn,`,
          `});`,
        );
      }
    }
    return lines;
  },
};
