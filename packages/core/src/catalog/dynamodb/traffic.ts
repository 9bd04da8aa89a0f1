/**
 * DynamoDB in the traffic what-if: a data store. DAX (read-through) or an ElastiCache query cache
 * (cache-aside) can take reads off it.
 */
import { grouped, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

/**
 * On-demand: the default per-table throughput quota, 40,000 read request units and 40,000 write
 * request units per second (a new on-demand table starts at up to 12,000 reads and 4,000 writes
 * per second and scales up). Provisioned: the table's read and write capacity units. One unit per
 * request: items up to 4 KB read strongly consistent, up to 1 KB written.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html
 */
const ON_DEMAND_UNITS = 40_000;

export const dynamodbTraffic: TrafficFacet = {
  role: 'data-store',
  inEdgeDefaults: { writeShare: 10 },
  cacheAdvice: {
    modes: ['read-through', 'cache-aside'],
    addKind: 'dax',
    addWhat: {
      en: 'a DAX cluster between the callers and the table (read-through)',
      ko: '호출하는 쪽과 테이블 사이의 DAX 클러스터(읽기 경유)',
    },
  },
  capacity: (props) => {
    const provisioned = props['billingMode'] === 'PROVISIONED';
    const units = (name: string) => (typeof props[name] === 'number' && props[name] > 0 ? props[name] : 1);
    const reads = provisioned ? units('readCapacity') : ON_DEMAND_UNITS;
    const writes = provisioned ? units('writeCapacity') : ON_DEMAND_UNITS;
    return {
      limit: reads,
      unit: UNITS.units,
      basis: provisioned
        ? {
            en: `provisioned: ${grouped(reads)} read and ${grouped(writes)} write capacity units`,
            ko: `프로비저닝: 읽기 용량 단위 ${grouped(reads)}, 쓰기 용량 단위 ${grouped(writes)}`,
          }
        : {
            en: 'on-demand: the default table quota of 40,000 read and 40,000 write request units per second',
            ko: '온디맨드: 테이블 기본 할당량 초당 읽기 요청 단위 40,000, 쓰기 요청 단위 40,000',
          },
      source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
      utilization: (load) => Math.max(load.reads / reads, load.writes / writes),
    };
  },
};
