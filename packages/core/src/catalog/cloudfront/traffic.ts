/**
 * CloudFront in the traffic what-if: the edge cache. Each origin edge is a cache behavior with a
 * `trafficShare` of the distribution's requests and an edge `hitRatio`; the origin receives
 * share × (1 − hit). The origin kinds set the defaults (`inEdgeDefaults` of S3 and the ALB).
 */
import { edgeHitRatioProp, entryShareProp, trafficShareProp, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

/**
 * Default quota "Requests per second per distribution": 250,000 (adjustable).
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html
 */
const REQUESTS_PER_SECOND = 250_000;

export const cloudfrontTraffic: TrafficFacet = {
  role: 'edge-cache',
  facesUsers: () => true,
  nodeProps: { entryShare: entryShareProp },
  // For an origin kind that sets no defaults: a half share and nothing cached until said otherwise.
  outEdgeProps: () => ({ trafficShare: trafficShareProp(50), hitRatio: edgeHitRatioProp(0) }),
  capacity: () => ({
    limit: REQUESTS_PER_SECOND,
    unit: UNITS.requests,
    basis: {
      en: 'CloudFront default quota: 250,000 requests per second per distribution, adjustable',
      ko: 'CloudFront 기본 할당량: 배포당 초당 요청 250,000건, 조정 가능',
    },
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html',
    utilization: (load) => load.rps / REQUESTS_PER_SECOND,
  }),
};
