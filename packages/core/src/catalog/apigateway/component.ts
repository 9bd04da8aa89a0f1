import type { ComponentSpec, PropSpecs } from '../types';

/** A route's base path: letters, digits and `._-` per segment, e.g. `/items` or `/v1/orders`. */
export const ROUTE_PATH_PATTERN = '^(/[A-Za-z0-9._-]+)+/?$';

/** Props of an edge out of API Gateway: one edge = one integration, mounted at `path`. */
export const integrationEdgeProps: PropSpecs = {
  path: {
    type: 'string',
    default: undefined,
    maxLength: 200,
    pattern: ROUTE_PATH_PATTERN,
    patternHelp: {
      en: 'Use a path such as /items or /v1/orders (letters, digits and ._- between slashes).',
      ko: '/items 또는 /v1/orders 같은 경로를 사용하세요(슬래시 사이에는 영문자, 숫자, ._-).',
    },
    label: { en: 'Path', ko: '경로' },
    help: {
      en: 'Where this integration is mounted. A function or a load balancer answers this path and everything under it; a DynamoDB table answers GET <path>/{id} with the item whose partition key is {id} (a Query when the table has a sort key). Leave empty for the root (/); each integration of an API needs its own path.',
      ko: '이 통합이 연결되는 경로입니다. 함수나 로드 밸런서는 이 경로와 그 아래 모든 경로에 응답하고, DynamoDB 테이블은 GET <경로>/{id}에 파티션 키가 {id}인 항목으로 응답합니다(정렬 키가 있으면 Query). 비워 두면 루트(/)이며, API의 통합마다 경로가 달라야 합니다.',
    },
  },
};

export const apigateway: ComponentSpec = {
  kind: 'apigateway',
  name: { en: 'Amazon API Gateway (REST API)', ko: 'Amazon API Gateway (REST API)' },
  description: {
    en: 'Managed front door for your API (a regional REST API). Its stage cache answers repeated GET requests for the TTL without calling the backend: caching at the API layer.',
    ko: 'API를 위한 관리형 진입점(리전 REST API)입니다. 스테이지 캐시가 TTL 동안 반복되는 GET 요청에 백엔드 호출 없이 응답합니다: API 계층의 캐싱.',
  },
  category: 'edge',
  icon: 'architecture-service/AmazonAPIGateway',
  inVpc: false,
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-rest-api.html',
  props: {
    cacheEnabled: {
      type: 'boolean',
      default: true,
      label: { en: 'Stage cache', ko: '스테이지 캐시' },
      help: {
        en: 'A dedicated cache for the stage: GET responses are kept for the TTL and answered without calling the integration (other methods are never cached). Billed per hour by its size, not in the free tier; creating or resizing it takes about 4 minutes and empties it.',
        ko: '스테이지 전용 캐시입니다. GET 응답을 TTL 동안 보관하고 통합을 호출하지 않고 응답합니다(다른 메서드는 캐싱하지 않음). 크기에 따라 시간당 과금되며 프리 티어가 아닙니다. 생성이나 크기 변경에 약 4분이 걸리고 캐시가 비워집니다.',
      },
    },
    cacheSize: {
      type: 'enum',
      default: '0.5',
      options: [
        { value: '0.5', label: { en: '0.5 GB', ko: '0.5GB' } },
        { value: '1.6', label: { en: '1.6 GB', ko: '1.6GB' } },
        { value: '6.1', label: { en: '6.1 GB', ko: '6.1GB' } },
        { value: '13.5', label: { en: '13.5 GB', ko: '13.5GB' } },
        { value: '28.4', label: { en: '28.4 GB', ko: '28.4GB' } },
        { value: '58.2', label: { en: '58.2 GB', ko: '58.2GB' } },
        { value: '118', label: { en: '118 GB', ko: '118GB' } },
        { value: '237', label: { en: '237 GB', ko: '237GB' } },
      ],
      label: { en: 'Cache size', ko: '캐시 크기' },
      help: {
        en: 'Capacity of the stage cache. A larger cache holds more responses and performs better, and costs more per hour.',
        ko: '스테이지 캐시의 용량입니다. 클수록 더 많은 응답을 보관하고 성능이 좋지만 시간당 비용이 높습니다.',
      },
    },
    cacheTtlSeconds: {
      type: 'integer',
      default: 300,
      min: 0,
      max: 3600,
      unit: { en: 's', ko: '초' },
      label: { en: 'Cache TTL', ko: '캐시 TTL' },
      help: {
        en: 'How long a cached response is served before the integration is called again: 300 seconds by default, at most 3,600; 0 turns caching off.',
        ko: '캐시된 응답을 제공하다가 통합을 다시 호출하기까지의 시간입니다. 기본 300초, 최대 3,600초이며 0이면 캐싱을 끕니다.',
      },
    },
    perUserResponses: {
      type: 'boolean',
      default: false,
      label: { en: 'Per-user responses', ko: '사용자별 응답' },
      help: {
        en: 'The responses depend on who asks (an Authorization header, a session): with a cache, the caller’s identity must be part of the cache key, or one user’s response is served to others.',
        ko: '응답이 요청한 사용자에 따라 달라집니다(Authorization 헤더, 세션). 캐시를 쓸 때는 호출자의 신원이 캐시 키에 포함되어야 하며, 그렇지 않으면 한 사용자의 응답이 다른 사용자에게 제공됩니다.',
      },
    },
    cacheKeyHeader: {
      type: 'string',
      default: undefined,
      maxLength: 64,
      pattern: '^[A-Za-z0-9-]+$',
      patternHelp: { en: 'A header name such as Authorization.', ko: 'Authorization 같은 헤더 이름을 입력하세요.' },
      label: { en: 'Cache key header', ko: '캐시 키 헤더' },
      help: {
        en: 'A request header whose value is part of the cache key of every GET method (e.g. Authorization for per-user responses). Paths and item ids always are; query strings are not.',
        ko: '모든 GET 메서드의 캐시 키에 값이 포함되는 요청 헤더입니다(예: 사용자별 응답에는 Authorization). 경로와 항목 ID는 항상 포함되고, 쿼리 문자열은 포함되지 않습니다.',
      },
    },
    accessLogs: {
      type: 'boolean',
      default: true,
      label: { en: 'Access logs', ko: '액세스 로그' },
      help: {
        en: 'One JSON line per request to CloudWatch Logs (kept 30 days). API Gateway writes logs with one CloudWatch role per account and Region: the stack sets it, and keeps the role when it is deleted so that other APIs go on logging.',
        ko: '요청마다 JSON 한 줄을 CloudWatch Logs에 기록합니다(30일 보관). API Gateway는 계정·리전마다 하나의 CloudWatch 역할로 로그를 기록하므로 스택이 이를 설정하며, 다른 API가 계속 로그를 남길 수 있도록 스택을 삭제해도 역할은 남겨 둡니다.',
      },
    },
  },
  connections: [
    { target: 'lambda', meaning: { en: 'invokes', ko: '호출' }, edgeProps: integrationEdgeProps },
    { target: 'alb', meaning: { en: 'forwards to', ko: '전달' }, edgeProps: integrationEdgeProps },
    { target: 'dynamodb', meaning: { en: 'reads items', ko: '항목 읽기' }, edgeProps: integrationEdgeProps },
  ],
  connectionHint: {
    en: 'API Gateway can integrate a Lambda function, an internet-facing Application Load Balancer or a DynamoDB table; CloudFront can sit in front of it.',
    ko: 'API Gateway는 Lambda 함수, 인터넷 연결 Application Load Balancer, DynamoDB 테이블과 통합할 수 있으며, 앞에 CloudFront를 둘 수 있습니다.',
  },
};
