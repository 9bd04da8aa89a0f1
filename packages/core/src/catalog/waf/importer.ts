/** WAF web ACLs read back from a template: the managed rule groups and the rate limit. */
import { list, num, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const wafImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::WAFv2::WebACL',
  derived: { 'AWS::WAFv2::WebACLAssociation': ['WebACLArn'] },
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
