import type { KindHelp } from '../kind';

/** The help texts of the cloudfront kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    priceClass: {
      en: 'Which edge locations serve your content. Fewer locations cost less; all locations give the lowest latency worldwide.',
      ko: '컨텐츠를 제공할 엣지 로케이션 범위입니다. 범위가 좁을수록 비용이 낮고, 전체를 사용하면 전 세계 지연 시간이 가장 짧습니다.',
    },
    defaultRootObject: {
      en: 'Object returned for a request to the root URL (/).',
      ko: '루트 URL(/) 요청 시 반환할 객체입니다.',
    },
    ipv6: {
      en: 'Answer IPv6 viewers too.',
      ko: 'IPv6 사용자 요청도 처리합니다.',
    },
  },
  edgeProps: {
    pathPattern: {
      en: 'Requests matching this pattern go to this origin (a cache behavior). Leave empty for the default behavior (*); a distribution has exactly one.',
      ko: '이 패턴과 일치하는 요청이 이 오리진으로 전달됩니다(캐시 동작). 비워 두면 기본 동작(*)이며, 배포에는 기본 동작이 정확히 하나 있어야 합니다.',
    },
  },
};
