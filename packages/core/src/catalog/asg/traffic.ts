/**
 * The Auto Scaling group in the traffic what-if: compute. It answers every request it receives
 * and calls its caches and data stores: `callsPerRequest` calls per request on each edge, of
 * which `writeShare` percent are writes (defaults set by the target kinds).
 */
import { grouped, callsPerRequestProp, numberProp, requestsPerInstanceProp, UNITS, writeShareProp } from '../../traffic/specs';
import type { PropSpecs } from '../types';
import type { TrafficFacet } from '../../traffic/types';

/**
 * No AWS figure exists (it depends on the application). Assumed: about 1 ms of CPU per dynamic
 * request on the offered 2-vCPU instance types, so 2,000 requests/s per instance. Measure yours.
 */
const requestsPerInstance = requestsPerInstanceProp(2_000);
/** Overridden per target kind (`inEdgeDefaults`); 10 % for a target that sets none. */
const writeShare = writeShareProp(10);

export const asgTraffic: TrafficFacet = {
  role: 'compute',
  nodeProps: { requestsPerInstance },
  outEdgeProps: (targetRole): PropSpecs =>
    targetRole === 'cache' || targetRole === 'data-store' ? { callsPerRequest: callsPerRequestProp, writeShare } : { callsPerRequest: callsPerRequestProp },
  capacity: (props) => {
    const perInstance = numberProp(props, 'requestsPerInstance', requestsPerInstance);
    const maxSize = typeof props['maxSize'] === 'number' && props['maxSize'] > 0 ? props['maxSize'] : 0;
    const limit = perInstance * maxSize;
    return {
      limit,
      unit: UNITS.requests,
      basis: {
        en: `${maxSize} instances at most × ${grouped(perInstance)} requests/s each, an assumption: measure your application`,
        ko: `최대 ${maxSize}개 인스턴스 × 인스턴스당 초당 ${grouped(perInstance)}건, 가정값이니 애플리케이션을 측정하세요`,
      },
      utilization: (load) => (limit > 0 ? load.rps / limit : load.rps > 0 ? Number.POSITIVE_INFINITY : 0),
    };
  },
};
