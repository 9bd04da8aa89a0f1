/**
 * DAX in the traffic what-if: a read-through cache in front of DynamoDB. It answers reads ×
 * hitRatio; misses and every write go on to the table.
 */
import { grouped, nodeHitRatioProp, numberProp, UNITS } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';

const SIZING = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/dax-cluster-sizing.html';

/**
 * Normalized requests per second per node ("Approximating cluster throughput capacity by node
 * type", DAX cluster sizing): dax.r5.large 75,000. The table leaves out T types ("lack of fixed
 * CPU capacity"); for dax.t3.* the model assumes 20 % of an r5.large, the CPU baseline of T3
 * instances of that size: 15,000.
 */
const NORMALIZED_PER_NODE: Readonly<Record<string, number>> = {
  'dax.t3.small': 15_000,
  'dax.t3.medium': 15_000,
  'dax.r5.large': 75_000,
};

/** @default 90 — the middle of the 85–95 % that the DAX cluster sizing guide gives as typical for DAX. */
const hitRatio = nodeHitRatioProp(90, {
  en: 'Percent of reads answered from DAX (AWS gives 85–95 % as typical). Misses and all writes go on to DynamoDB.',
  ko: 'DAX가 캐시에서 응답하는 읽기의 비율입니다(AWS 기준 일반적으로 85–95%). 캐시 미스와 모든 쓰기는 DynamoDB로 전달됩니다.',
});

export const daxTraffic: TrafficFacet = {
  role: 'cache',
  cacheMode: () => 'read-through',
  hitRatio: (props) => numberProp(props, 'hitRatio', hitRatio),
  nodeProps: { hitRatio },
  // DAX is chosen for read-heavy tables (AWS: not for write-intensive workloads): 5 % writes.
  inEdgeDefaults: { writeShare: 5 },
  capacity: (props) => {
    const nodeType = typeof props['nodeType'] === 'string' ? props['nodeType'] : '';
    const perNode = NORMALIZED_PER_NODE[nodeType];
    if (perNode === undefined) return undefined;
    const nodes = typeof props['replicationFactor'] === 'number' && props['replicationFactor'] > 0 ? props['replicationFactor'] : 1;
    const limit = perNode * nodes;
    return {
      limit,
      unit: UNITS.normalized,
      basis: {
        en: `${nodes} × ${nodeType} at ${grouped(perNode)} normalized requests/s each; a miss costs 10, a write 25 on every node; AWS DAX sizing, 1 KB items`,
        ko: `${nodeType} ${nodes}개, 노드당 정규화 요청 초당 ${grouped(perNode)}건. 캐시 미스는 10, 쓰기는 모든 노드에서 25로 계산, AWS DAX 크기 조정 기준, 1KB 항목`,
      },
      source: SIZING,
      // Normalized RPS = hits + 10 × misses + 25 × writes × nodes (items of 1 KB).
      utilization: (load) => {
        const hits = load.absorbed;
        const misses = Math.max(0, load.reads - hits);
        return (hits + 10 * misses + 25 * load.writes * nodes) / limit;
      },
    };
  },
};
