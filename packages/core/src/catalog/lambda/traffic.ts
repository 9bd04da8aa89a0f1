/**
 * The Lambda function in the traffic what-if: compute. It answers every request it receives and
 * calls its caches and data stores (`callsPerRequest` per request on each edge, `writeShare`
 * percent of them writes, defaults set by the target kinds). Its capacity is its concurrency ÷
 * the time one request takes (Lambda: concurrency = requests per second × average duration,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html). The duration is an
 * assumption, so the hint carries no `source`.
 */
import { callsPerRequestProp, grouped, numberProp, UNITS, writeShareProp } from '../../traffic/specs';
import type { TrafficFacet } from '../../traffic/types';
import type { IntegerProp, PropSpecs } from '../types';

/**
 * "Concurrent executions: 1,000" is the default quota per account and Region (Lambda quotas,
 * adjustable), shared by every function without reserved concurrency.
 */
export const ACCOUNT_CONCURRENCY = 1_000;

/**
 * `durationMs`: average time of one invocation. No AWS figure exists (it is your code). Assumed:
 * 20 ms, a handler that makes one or two calls to a cache or table in the same Region (DAX and
 * DynamoDB answer in microseconds to single-digit milliseconds) plus the runtime's own overhead.
 * Measure yours (the function's Duration metric).
 */
export const durationMsProp: IntegerProp = {
  type: 'integer',
  default: 20,
  min: 1,
  max: 900_000,
  unit: { en: 'ms', ko: 'ms' },
  label: { en: 'Average duration', ko: '평균 실행 시간' },
  help: {
    en: 'Average time one invocation takes (the Duration metric). With the concurrency it gives what the function can take: concurrency ÷ duration requests per second. An assumption: measure yours.',
    ko: '한 번의 호출에 걸리는 평균 시간(Duration 지표)입니다. 동시성과 함께 처리 가능한 양을 정합니다: 동시성 ÷ 실행 시간 = 초당 요청 수. 가정값이니 측정하세요.',
  },
};

/** Overridden per target kind (`inEdgeDefaults`); 10 % for a target that sets none. */
const writeShare = writeShareProp(10);

export const lambdaTraffic: TrafficFacet = {
  role: 'compute',
  nodeProps: { durationMs: durationMsProp },
  outEdgeProps: (targetRole): PropSpecs =>
    targetRole === 'cache' || targetRole === 'data-store' ? { callsPerRequest: callsPerRequestProp, writeShare } : { callsPerRequest: callsPerRequestProp },
  capacity: (props) => {
    const reserved = typeof props['reservedConcurrency'] === 'number' && props['reservedConcurrency'] > 0 ? props['reservedConcurrency'] : 0;
    const concurrency = reserved || ACCOUNT_CONCURRENCY;
    const duration = numberProp(props, 'durationMs', durationMsProp);
    const limit = (concurrency * 1000) / duration;
    return {
      limit,
      unit: UNITS.requests,
      basis: reserved
        ? {
            en: `${grouped(concurrency)} reserved concurrent executions ÷ ${grouped(duration)} ms per request (the duration is an assumption: measure yours)`,
            ko: `예약된 동시 실행 ${grouped(concurrency)}개 ÷ 요청당 ${grouped(duration)}ms(실행 시간은 가정값이니 측정하세요)`,
          }
        : {
            en: `the account’s default ${grouped(concurrency)} concurrent executions per Region, shared by unreserved functions, ÷ ${grouped(duration)} ms per request (the duration is an assumption: measure yours)`,
            ko: `리전당 계정 기본 동시 실행 ${grouped(concurrency)}개(예약하지 않은 함수들이 공유) ÷ 요청당 ${grouped(duration)}ms(실행 시간은 가정값이니 측정하세요)`,
          },
      utilization: (load) => load.rps / limit,
    };
  },
};
