import { q } from '../context';
import type { Rule } from '../types';

/** An API stage cache on responses that depend on the caller, without the caller's identity in the cache key. */
export const apiCachePerUser: Rule = {
  id: 'SC5009',
  family: 'caching',
  severity: 'warning',
  title: { en: 'API cache holds per-user responses without a cache key', ko: '캐시 키 없이 사용자별 응답을 저장하는 API 캐시' },
  description: {
    en: 'The stage cache keys GET responses by path (and the declared cache key parameters) only. When responses depend on who asks, the first user’s response is served to everyone else until the TTL expires: a data leak, not only stale data.',
    ko: '스테이지 캐시는 GET 응답을 경로(와 선언된 캐시 키 파라미터)로만 구분합니다. 응답이 요청자에 따라 달라지면 TTL이 끝날 때까지 첫 사용자의 응답이 다른 모든 사용자에게 제공됩니다. 오래된 데이터를 넘어 데이터 유출입니다.',
  },
  fix: {
    en: 'Set the API’s cache key header to the header that identifies the caller (e.g. Authorization), or turn the stage cache off for this API.',
    ko: 'API의 캐시 키 헤더를 호출자를 식별하는 헤더(예: Authorization)로 지정하거나, 이 API의 스테이지 캐시를 끄세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  *check(ctx) {
    for (const api of ctx.index.ofKind('apigateway')) {
      if (!ctx.bool(api, 'cacheEnabled') || ctx.num(api, 'cacheTtlSeconds') === 0 || !ctx.bool(api, 'perUserResponses')) continue;
      const header = ctx.prop(api, 'cacheKeyHeader');
      if (typeof header === 'string' && header !== '') continue;
      yield {
        message: {
          en: `${q(api)} caches per-user responses by path only: one user’s response can be served to another.`,
          ko: `${q(api)}이(가) 사용자별 응답을 경로로만 캐싱합니다. 한 사용자의 응답이 다른 사용자에게 제공될 수 있습니다.`,
        },
        nodes: [api.id],
      };
    }
  },
};
