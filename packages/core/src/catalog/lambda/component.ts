import type { ComponentSpec } from '../types';

export const lambda: ComponentSpec = {
  kind: 'lambda',
  name: { en: 'AWS Lambda function', ko: 'AWS Lambda 함수' },
  description: {
    en: 'Serverless function that runs on each request and scales with concurrency, no servers to manage. It joins the VPC only when it calls a cache or database that lives there.',
    ko: '요청마다 실행되고 동시성으로 확장되는 서버리스 함수로, 관리할 서버가 없습니다. VPC 안의 캐시나 데이터베이스를 호출할 때만 VPC에 배치됩니다.',
  },
  category: 'compute',
  icon: 'architecture-service/AWSLambda',
  // In the VPC exactly when it calls something that lives there (or its `vpc` prop says so): see network.ts.
  inVpc: 'conditional',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
  props: {
    runtime: {
      type: 'enum',
      default: 'nodejs24.x',
      options: [
        { value: 'nodejs24.x', label: { en: 'Node.js 24', ko: 'Node.js 24' } },
        { value: 'nodejs22.x', label: { en: 'Node.js 22', ko: 'Node.js 22' } },
        { value: 'python3.14', label: { en: 'Python 3.14', ko: 'Python 3.14' } },
        { value: 'python3.13', label: { en: 'Python 3.13', ko: 'Python 3.13' } },
      ],
      label: { en: 'Runtime', ko: '런타임' },
    },
    memorySize: {
      type: 'integer',
      default: 256,
      min: 128,
      max: 10240,
      unit: { en: 'MB', ko: 'MB' },
      label: { en: 'Memory', ko: '메모리' },
    },
    timeout: {
      type: 'integer',
      default: 10,
      min: 1,
      max: 900,
      unit: { en: 's', ko: '초' },
      label: { en: 'Timeout', ko: '제한 시간' },
    },
    reservedConcurrency: {
      type: 'integer',
      default: 0,
      min: 0,
      max: 10000,
      label: { en: 'Reserved concurrency', ko: '예약된 동시성' },
    },
    architecture: {
      type: 'enum',
      default: 'arm64',
      options: [
        { value: 'arm64', label: { en: 'arm64 (Graviton)', ko: 'arm64 (Graviton)' } },
        { value: 'x86_64', label: { en: 'x86_64', ko: 'x86_64' } },
      ],
      label: { en: 'Architecture', ko: '아키텍처' },
    },
    vpc: {
      type: 'enum',
      default: 'auto',
      options: [
        { value: 'auto', label: { en: 'When it calls something in the VPC', ko: 'VPC 안의 대상을 호출할 때' } },
        { value: 'always', label: { en: 'Always in the VPC', ko: '항상 VPC 안' } },
        { value: 'never', label: { en: 'Never (outside the VPC)', ko: '사용 안 함(VPC 밖)' } },
      ],
      label: { en: 'VPC placement', ko: 'VPC 배치' },
    },
  },
  connections: [
    { target: 'dax', meaning: { en: 'reads through', ko: '읽기 캐시 경유' } },
    { target: 'dynamodb', meaning: { en: 'reads & writes', ko: '읽기·쓰기' } },
    {
      target: 'elasticache',
      meaning: (t) => (t['purpose'] === 'sessions' ? { en: 'session store', ko: '세션 저장소' } : { en: 'query cache', ko: '쿼리 캐시' }),
    },
    { target: 'rds', meaning: { en: 'queries', ko: '쿼리' } },
    { target: 's3', meaning: { en: 'reads & writes objects', ko: '객체 읽기·쓰기' } },
  ],
  connectionHint: {
    en: 'A Lambda function can call DAX, DynamoDB, ElastiCache, RDS or S3; requests reach it from API Gateway.',
    ko: 'Lambda 함수는 DAX, DynamoDB, ElastiCache, RDS, S3를 호출할 수 있으며, 요청은 API Gateway에서 들어옵니다.',
  },
};
