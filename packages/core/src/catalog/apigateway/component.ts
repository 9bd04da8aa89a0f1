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
    },
    cacheTtlSeconds: {
      type: 'integer',
      default: 300,
      min: 0,
      max: 3600,
      unit: { en: 's', ko: '초' },
      label: { en: 'Cache TTL', ko: '캐시 TTL' },
    },
    perUserResponses: {
      type: 'boolean',
      default: false,
      label: { en: 'Per-user responses', ko: '사용자별 응답' },
    },
    cacheKeyHeader: {
      type: 'string',
      default: undefined,
      maxLength: 64,
      pattern: '^[A-Za-z0-9-]+$',
      patternHelp: { en: 'A header name such as Authorization.', ko: 'Authorization 같은 헤더 이름을 입력하세요.' },
      label: { en: 'Cache key header', ko: '캐시 키 헤더' },
    },
    accessLogs: {
      type: 'boolean',
      default: true,
      label: { en: 'Access logs', ko: '액세스 로그' },
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
