/**
 * AWS WAF in the traffic what-if: a firewall in front of what it protects. It inspects every
 * request and passes it on (blocked requests are not modelled; the rate-based rule's `rateLimit`
 * counts one client IP over 5 minutes, not the total rate). AWS publishes no request-rate figure
 * for a web ACL, so there is no capacity hint.
 */
import { entryShareProp } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

export const wafTraffic: TrafficFacet = {
  role: 'firewall',
  facesUsers: () => true,
  nodeProps: { entryShare: entryShareProp },
};
