/**
 * ElastiCache in the traffic what-if: a cache. With purpose "sessions" it is a session store (it
 * answers all its calls); with purpose "cache" it is a cache-aside query cache: the caller reads it
 * first and its database on a miss, so each database the caller calls sees
 * reads × (1 − hitRatio) + writes.
 */
import { grouped, nodeHitRatioProp, numberProp, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

/**
 * Operations per second per node. AWS publishes no per-node-type figure; the figures follow two
 * AWS Database Blog posts: T-family nodes are recommended for small workloads (up to 2,000
 * operations/s, start with micro) and medium ones (2,000–20,000 operations/s, up to medium)
 * ("Five workload characteristics to consider when right sizing Amazon ElastiCache Redis
 * clusters"); an r7g.4xlarge node (16 vCPUs) serves over 1 million requests/s with Redis OSS 7.1
 * ("Achieve over 500 million requests per second per cluster with Amazon ElastiCache for Redis
 * 7.1"), about 125,000 per vCPU pair, rounded down to 100,000 for the 2-vCPU r7g.large (7.1's
 * gains need 8 cores or more). t4g.small sits between micro and medium.
 */
const OPERATIONS_PER_NODE: Readonly<Record<string, number>> = {
  'cache.t4g.micro': 2_000,
  'cache.t4g.small': 10_000,
  'cache.t4g.medium': 20_000,
  'cache.r7g.large': 100_000,
};
const SIZING_BLOG = 'https://aws.amazon.com/blogs/database/five-workload-characteristics-to-consider-when-right-sizing-amazon-elasticache-redis-clusters/';

/** @default 90 — the middle of the 85–95 % that AWS gives as typical for DAX, the same technique. */
const hitRatio = nodeHitRatioProp(90, {
  en: 'For a query cache (cache-aside): percent of the caller’s database reads answered from the cache; the database sees the other reads and every write. A session store answers all its calls.',
  ko: '쿼리 캐시(캐시 어사이드)일 때: 호출하는 쪽의 데이터베이스 읽기 중 캐시에서 응답하는 비율입니다. 데이터베이스는 나머지 읽기와 모든 쓰기를 받습니다. 세션 저장소는 모든 호출에 응답합니다.',
});

export const elasticacheTraffic: TrafficFacet = {
  role: 'cache',
  cacheMode: (props) => (props['purpose'] === 'sessions' ? 'store' : 'cache-aside'),
  hitRatio: (props) => numberProp(props, 'hitRatio', hitRatio),
  nodeProps: { hitRatio },
  // Session updates, or filling the cache after a miss (1 in 10 at the default 90 % hit ratio).
  inEdgeDefaults: { writeShare: 10 },
  capacity: (props) => {
    const nodeType = typeof props['nodeType'] === 'string' ? props['nodeType'] : '';
    const perNode = OPERATIONS_PER_NODE[nodeType];
    if (perNode === undefined) return undefined;
    // Redis OSS / Valkey: the primary serves (replicas are for failover; reading from them is a
    // client choice the model does not assume). Memcached: 1 + replicas nodes share the keys.
    const replicas = typeof props['replicas'] === 'number' && props['replicas'] > 0 ? props['replicas'] : 0;
    const nodes = props['engine'] === 'memcached' ? 1 + replicas : 1;
    const limit = perNode * nodes;
    return {
      limit,
      unit: UNITS.operations,
      basis: {
        en: `${nodes} × ${nodeType} serving at about ${grouped(perNode)} operations/s each, an estimate from AWS sizing guidance`,
        ko: `${nodeType} ${nodes}개, 노드당 초당 약 ${grouped(perNode)}건, AWS 크기 조정 안내에 따른 추정치`,
      },
      source: SIZING_BLOG,
      utilization: (load) => load.rps / limit,
    };
  },
};
