/**
 * Prop specs of the traffic assumptions, shared by the kinds' facets (`catalog/<kind>/traffic.ts`).
 * Percentages are whole numbers 0–100 (the catalog's numeric prop type is an integer). Defaults and
 * their reasoning: `docs/traffic-model.md`.
 */
import type { I18n, IntegerProp } from '../catalog/types';

const PERCENT: I18n = { en: '%', ko: '%' };
const PER_SECOND: I18n = { en: 'requests/s', ko: '요청/초' };

function percent(defaultValue: number, label: I18n, help: I18n): IntegerProp {
  return { type: 'integer', default: defaultValue, min: 0, max: 100, unit: PERCENT, label, help };
}

/** `entryShare` on a node that can be an entry point: its share of the entry rate. @default 100 */
export const entryShareProp: IntegerProp = percent(
  100,
  { en: 'Entry share', ko: '유입 비율' },
  {
    en: 'Share of the users’ requests that enter here when the design has several entry points. Shares are relative: they are scaled to add up to 100 %.',
    ko: '진입점이 여러 개일 때 이곳으로 들어오는 사용자 요청의 비율입니다. 비율은 상대값이며 합이 100%가 되도록 조정됩니다.',
  },
);

/** `hitRatio` on a cache node (DAX, ElastiCache, an API stage cache). */
export function nodeHitRatioProp(defaultValue: number, help: I18n): IntegerProp {
  return percent(defaultValue, { en: 'Cache hit ratio', ko: '캐시 적중률' }, help);
}

/** `trafficShare` on an edge out of CloudFront: the behavior's share of the distribution's requests. */
export function trafficShareProp(defaultValue: number): IntegerProp {
  return percent(
    defaultValue,
    { en: 'Traffic share', ko: '트래픽 비율' },
    {
      en: 'Percent of the distribution’s requests that go to this origin (this behavior’s path pattern). The shares of a distribution’s origins are relative: they are scaled to add up to 100 %.',
      ko: '이 오리진(이 동작의 경로 패턴)으로 가는 배포 요청의 비율입니다. 오리진들의 비율은 상대값이며 합이 100%가 되도록 조정됩니다.',
    },
  );
}

/** `hitRatio` on an edge out of CloudFront: served from the edge caches, the rest reaches the origin. */
export function edgeHitRatioProp(defaultValue: number): IntegerProp {
  return percent(
    defaultValue,
    { en: 'Edge cache hit ratio', ko: '엣지 캐시 적중률' },
    {
      en: 'Percent of this behavior’s requests that CloudFront answers from its edge caches; the origin receives the rest.',
      ko: '이 동작의 요청 중 CloudFront가 엣지 캐시에서 응답하는 비율입니다. 나머지는 오리진으로 전달됩니다.',
    },
  );
}

/** `callsPerRequest` on an edge out of compute. @default 1 */
export const callsPerRequestProp: IntegerProp = {
  type: 'integer',
  default: 1,
  min: 0,
  max: 1000,
  label: { en: 'Calls per request', ko: '요청당 호출 수' },
  help: {
    en: 'Calls made to this target for each request the caller receives (0 = not called in this what-if).',
    ko: '호출하는 쪽이 받은 요청 하나당 이 대상을 호출하는 횟수입니다(0 = 호출하지 않음).',
  },
};

/** `writeShare` on an edge out of compute into a cache or data store. */
export function writeShareProp(defaultValue: number): IntegerProp {
  return percent(
    defaultValue,
    { en: 'Write share', ko: '쓰기 비율' },
    {
      en: 'Percent of these calls that are writes; the rest are reads. Caches answer reads; writes go through to the data store.',
      ko: '이 호출 중 쓰기의 비율이며 나머지는 읽기입니다. 캐시는 읽기에 응답하고, 쓰기는 데이터 저장소까지 전달됩니다.',
    },
  );
}

/** `requestsPerInstance` on an Auto Scaling group: what one instance serves. */
export function requestsPerInstanceProp(defaultValue: number): IntegerProp {
  return {
    type: 'integer',
    default: defaultValue,
    min: 1,
    max: 1_000_000,
    unit: PER_SECOND,
    label: { en: 'Requests per instance', ko: '인스턴스당 요청 수' },
    help: {
      en: 'Requests per second one instance can serve; measure yours with a load test. The group can take this × its maximum size.',
      ko: '인스턴스 하나가 처리할 수 있는 초당 요청 수입니다(부하 테스트로 측정하세요). 그룹 전체는 이 값 × 최대 크기까지 처리합니다.',
    },
  };
}

/** A prop's number from props, else its default; kept within the spec's limits. Never NaN. */
export function numberProp(props: Readonly<Record<string, unknown>>, name: string, spec: IntegerProp): number {
  const v = props[name];
  const n = typeof v === 'number' && Number.isFinite(v) ? v : spec.default;
  return Math.min(spec.max, Math.max(spec.min, n));
}

/** Requests per second as text in a capacity unit. */
export const UNITS = {
  requests: PER_SECOND,
  queries: { en: 'queries/s', ko: '쿼리/초' },
  operations: { en: 'operations/s', ko: '작업/초' },
  normalized: { en: 'normalized requests/s', ko: '정규화 요청/초' },
  units: { en: 'request units/s', ko: '요청 단위/초' },
} as const satisfies Record<string, I18n>;

/** A whole number with thousands separators ("12,000"), without `Intl` (model/numbers). */
export { grouped } from '../model/numbers';
