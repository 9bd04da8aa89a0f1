import type { KindHelp } from '../kind';

/** The help texts of the apigateway kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    cacheEnabled: {
      en: 'A dedicated cache for the stage: GET responses are kept for the TTL and answered without calling the integration (other methods are never cached). Billed per hour by its size, not in the free tier; creating or resizing it takes about 4 minutes and empties it.',
      ko: '스테이지 전용 캐시입니다. GET 응답을 TTL 동안 보관하고 통합을 호출하지 않고 응답합니다(다른 메서드는 캐싱하지 않음). 크기에 따라 시간당 과금되며 프리 티어가 아닙니다. 생성이나 크기 변경에 약 4분이 걸리고 캐시가 비워집니다.',
    },
    cacheSize: {
      en: 'Capacity of the stage cache. A larger cache holds more responses and performs better, and costs more per hour.',
      ko: '스테이지 캐시의 용량입니다. 클수록 더 많은 응답을 보관하고 성능이 좋지만 시간당 비용이 높습니다.',
    },
    cacheTtlSeconds: {
      en: 'How long a cached response is served before the integration is called again: 300 seconds by default, at most 3,600; 0 turns caching off.',
      ko: '캐시된 응답을 제공하다가 통합을 다시 호출하기까지의 시간입니다. 기본 300초, 최대 3,600초이며 0이면 캐싱을 끕니다.',
    },
    perUserResponses: {
      en: 'The responses depend on who asks (an Authorization header, a session): with a cache, the caller’s identity must be part of the cache key, or one user’s response is served to others.',
      ko: '응답이 요청한 사용자에 따라 달라집니다(Authorization 헤더, 세션). 캐시를 쓸 때는 호출자의 신원이 캐시 키에 포함되어야 하며, 그렇지 않으면 한 사용자의 응답이 다른 사용자에게 제공됩니다.',
    },
    cacheKeyHeader: {
      en: 'A request header whose value is part of the cache key of every GET method (e.g. Authorization for per-user responses). Paths and item ids always are; query strings are not.',
      ko: '모든 GET 메서드의 캐시 키에 값이 포함되는 요청 헤더입니다(예: 사용자별 응답에는 Authorization). 경로와 항목 ID는 항상 포함되고, 쿼리 문자열은 포함되지 않습니다.',
    },
    accessLogs: {
      en: 'One JSON line per request to CloudWatch Logs (kept 30 days). API Gateway writes logs with one CloudWatch role per account and Region: the stack sets it, and keeps the role when it is deleted so that other APIs go on logging.',
      ko: '요청마다 JSON 한 줄을 CloudWatch Logs에 기록합니다(30일 보관). API Gateway는 계정·리전마다 하나의 CloudWatch 역할로 로그를 기록하므로 스택이 이를 설정하며, 다른 API가 계속 로그를 남길 수 있도록 스택을 삭제해도 역할은 남겨 둡니다.',
    },
  },
  edgeProps: {
    path: {
      en: 'Where this integration is mounted. A function or a load balancer answers this path and everything under it; a DynamoDB table answers GET <path>/{id} with the item whose partition key is {id} (a Query when the table has a sort key). Leave empty for the root (/); each integration of an API needs its own path.',
      ko: '이 통합이 연결되는 경로입니다. 함수나 로드 밸런서는 이 경로와 그 아래 모든 경로에 응답하고, DynamoDB 테이블은 GET <경로>/{id}에 파티션 키가 {id}인 항목으로 응답합니다(정렬 키가 있으면 Query). 비워 두면 루트(/)이며, API의 통합마다 경로가 달라야 합니다.',
    },
  },
};
