/** WAF web ACLs read back from a template: the managed rule groups and the rate limit. */
import { CfnExportError } from '../../cfn/context';
import { getPath, propertiesOf } from '../../import/edit';
import { list, num, rec } from '../../import/values';
import type { Held, ImportFacet } from '../import-facet';

/** A managed rule group on or off: the rule that runs it is added (after the others) or removed. */
function managedGroup(name: string) {
  return (v: unknown, held: Held) => {
    const p = propertiesOf(held.primary);
    const rules = list(p['Rules']).map(rec);
    const has = (r: Record<string, unknown>) => rec(rec(r['Statement'])['ManagedRuleGroupStatement'])['Name'] === name;
    if (v === true && !rules.some(has)) {
      const priority = Math.max(-1, ...rules.map((r) => Number(r['Priority']) || 0)) + 1;
      const metric = `${held.primary.id}${name}`.slice(0, 128);
      rules.push({
        Name: name,
        Priority: priority,
        OverrideAction: { None: {} },
        Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: metric },
      });
    }
    p['Rules'] = v === true ? rules : rules.filter((r) => !has(r));
  };
}

export const wafImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::WAFv2::WebACL',
  derived: { 'AWS::WAFv2::WebACLAssociation': ['WebACLArn'] },
  edit: {
    write: {
      commonRuleSet: managedGroup('AWSManagedRulesCommonRuleSet'),
      knownBadInputs: managedGroup('AWSManagedRulesKnownBadInputsRuleSet'),
      ipReputation: managedGroup('AWSManagedRulesAmazonIpReputationList'),
      rateLimit(v, held) {
        const rule = list(getPath(held.primary, ['Rules']))
          .map(rec)
          .find((r) => rec(rec(r['Statement'])['RateBasedStatement'])['Limit'] !== undefined);
        if (!rule) throw new CfnExportError('SC-X018');
        rec(rec(rule['Statement'])['RateBasedStatement'])['Limit'] = v;
      },
    },
    connectOut: () => false,
  },
  readProps(r, { reader }) {
    const managed = new Set<string>();
    let rate: unknown;
    for (const rule of list(r.view['Rules'])) {
      const st = rec(rec(rule)['Statement']);
      const name = rec(st['ManagedRuleGroupStatement'])['Name'];
      if (typeof name === 'string') managed.add(name);
      const limit = rec(st['RateBasedStatement'])['Limit'];
      if (limit !== undefined && rate === undefined) rate = limit;
    }
    reader.set('commonRuleSet', managed.has('AWSManagedRulesCommonRuleSet'), 'Rules');
    reader.set('knownBadInputs', managed.has('AWSManagedRulesKnownBadInputsRuleSet'), 'Rules');
    reader.set('ipReputation', managed.has('AWSManagedRulesAmazonIpReputationList'), 'Rules');
    if (rate !== undefined) reader.set('rateLimit', num(rate), 'RateBasedStatement.Limit', rate);
  },
};
