/**
 * RDS in the traffic what-if: a data store. An ElastiCache query cache used cache-aside by its
 * callers takes reads off it.
 */
import { grouped, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

/**
 * Queries per second by instance class. AWS publishes no such figure; these are estimates for
 * simple indexed queries on the offered 2-vCPU classes, growing with memory (how much of the data
 * stays in the buffer cache): 1, 2, 4 and 16 GiB. Heavy queries are far slower, which is what a
 * query cache is for. The Multi-AZ standby serves no reads. Replace with your own measurements.
 */
const QUERIES_PER_SECOND: Readonly<Record<string, number>> = {
  'db.t4g.micro': 1_000,
  'db.t4g.small': 2_000,
  'db.t4g.medium': 3_000,
  'db.r7g.large': 8_000,
};

export const rdsTraffic: TrafficFacet = {
  role: 'data-store',
  inEdgeDefaults: { writeShare: 10 },
  cacheAdvice: {
    modes: ['cache-aside'],
    addKind: 'elasticache',
    addWhat: {
      en: 'an ElastiCache query cache (purpose “Query / result cache”) called by the same servers (cache-aside)',
      ko: '같은 서버가 호출하는 ElastiCache 쿼리 캐시(용도 “쿼리 / 결과 캐시”, 캐시 어사이드)',
    },
  },
  capacity: (props) => {
    const instanceClass = typeof props['instanceClass'] === 'string' ? props['instanceClass'] : '';
    const limit = QUERIES_PER_SECOND[instanceClass];
    if (limit === undefined) return undefined;
    return {
      limit,
      unit: UNITS.queries,
      basis: {
        en: `${instanceClass}: about ${grouped(limit)} simple queries/s, an estimate: AWS publishes no figure`,
        ko: `${instanceClass}: 단순 쿼리 초당 약 ${grouped(limit)}건, AWS 공개 수치가 없는 추정치`,
      },
      utilization: (load) => load.rps / limit,
    };
  },
};
