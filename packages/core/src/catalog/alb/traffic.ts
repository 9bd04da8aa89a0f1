/**
 * The Application Load Balancer in the traffic what-if: forwards every request, split equally
 * among its targets; an entry point only when internet-facing. An ALB scales by itself and AWS
 * publishes no requests-per-second ceiling for it (LCUs are a billing measure), so there is no
 * capacity hint. As a CloudFront origin it carries the dynamic pages: a smaller share of the
 * requests and a low edge hit ratio (only slow-changing pages cached briefly).
 */
import { entryShareProp } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

export const albTraffic: TrafficFacet = {
  role: 'load-balancer',
  facesUsers: (props) => props['internetFacing'] !== false,
  nodeProps: { entryShare: entryShareProp },
  inEdgeDefaults: { trafficShare: 20, hitRatio: 30 },
};
