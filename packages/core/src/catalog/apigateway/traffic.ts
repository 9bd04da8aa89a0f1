/**
 * API Gateway in the traffic what-if: the `api` role. Its stage cache answers `hitRatio` % of the
 * reads when the cache is on (none when it is off); the rest and every write go on, split equally
 * among its integrations. A regional REST API faces users, so it is an entry point when nothing
 * is drawn in front of it.
 */
import { entryShareProp, grouped, nodeHitRatioProp, numberProp, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

const QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';

/**
 * "Throttle quota per account, per Region across HTTP APIs, REST APIs, WebSocket APIs, and
 * WebSocket callback APIs": 10,000 requests per second (adjustable), with a burst of 5,000.
 */
export const ACCOUNT_THROTTLE_RPS = 10_000;

/**
 * @default 50 — no AWS figure exists (it depends on how often the same GETs repeat within the
 * TTL). Assumed: half of the requests are GETs of popular resources served again within the
 * default 300-second TTL. Set it from the CacheHitCount and CacheMissCount metrics.
 */
const hitRatio = nodeHitRatioProp(50, {
  en: 'Percent of the reads (GET requests) the stage cache answers without calling the integration (an assumption: read yours from the CacheHitCount and CacheMissCount metrics). Ignored when the stage cache is off.',
  ko: '스테이지 캐시가 통합을 호출하지 않고 응답하는 읽기(GET 요청)의 비율입니다(가정값: CacheHitCount, CacheMissCount 지표로 확인하세요). 스테이지 캐시를 끄면 무시됩니다.',
});

export const apigatewayTraffic: TrafficFacet = {
  role: 'api',
  facesUsers: () => true,
  hitRatio: (props) => (props['cacheEnabled'] === false || props['cacheTtlSeconds'] === 0 ? 0 : numberProp(props, 'hitRatio', hitRatio)),
  nodeProps: { hitRatio, entryShare: entryShareProp },
  // Behind CloudFront it carries the dynamic requests, which the export does not cache at the edge
  // (CachingDisabled: the stage cache does the caching): a fifth of the requests, none answered at the edge.
  inEdgeDefaults: { trafficShare: 20, hitRatio: 0 },
  capacity: () => ({
    limit: ACCOUNT_THROTTLE_RPS,
    unit: UNITS.requests,
    basis: {
      en: `API Gateway default throttle quota: ${grouped(ACCOUNT_THROTTLE_RPS)} requests per second per account and Region, shared by all its APIs, adjustable`,
      ko: `API Gateway 기본 스로틀 할당량: 계정·리전당 초당 요청 ${grouped(ACCOUNT_THROTTLE_RPS)}건(모든 API가 공유, 조정 가능)`,
    },
    source: QUOTAS,
    utilization: (load) => load.rps / ACCOUNT_THROTTLE_RPS,
  }),
};
