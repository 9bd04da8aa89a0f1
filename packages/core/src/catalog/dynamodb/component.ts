import type { ComponentSpec } from '../types';

export const dynamodb: ComponentSpec = {
  kind: 'dynamodb',
  name: { en: 'Amazon DynamoDB', ko: 'Amazon DynamoDB' },
  description: {
    en: 'Serverless key-value and document database with consistent single-digit-millisecond responses; put DAX in front for microsecond reads of hot items.',
    ko: '10밀리초 미만의 일관된 응답 시간을 제공하는 서버리스 키-값 데이터베이스입니다. 더 빠른 응답이 필요하면 앞단에 DAX를 둡니다.',
  },
  category: 'database',
  icon: 'architecture-service/AmazonDynamoDB',
  inVpc: false,
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  props: {
    billingMode: {
      type: 'enum',
      default: 'PAY_PER_REQUEST',
      options: [
        { value: 'PAY_PER_REQUEST', label: { en: 'On-demand', ko: '온디맨드' } },
        { value: 'PROVISIONED', label: { en: 'Provisioned', ko: '프로비저닝' } },
      ],
      label: { en: 'Capacity mode', ko: '용량 모드' },
    },
    readCapacity: {
      type: 'integer',
      default: 5,
      min: 1,
      max: 40000,
      label: { en: 'Read capacity units', ko: '읽기 용량 단위' },
    },
    writeCapacity: {
      type: 'integer',
      default: 5,
      min: 1,
      max: 40000,
      label: { en: 'Write capacity units', ko: '쓰기 용량 단위' },
    },
    partitionKey: {
      type: 'string',
      default: 'pk',
      maxLength: 255,
      pattern: '^[A-Za-z0-9_.\\-]+$',
      label: { en: 'Partition key', ko: '파티션 키' },
    },
    sortKey: {
      type: 'string',
      default: undefined,
      maxLength: 255,
      pattern: '^[A-Za-z0-9_.\\-]+$',
      label: { en: 'Sort key', ko: '정렬 키' },
    },
    pointInTimeRecovery: {
      type: 'boolean',
      default: true,
      label: { en: 'Point-in-time recovery', ko: '특정 시점 복구' },
    },
  },
  connections: [],
  connectionHint: {
    en: 'DynamoDB does not call other services: connect the Auto Scaling group or DAX to it.',
    ko: 'DynamoDB는 다른 서비스를 호출하지 않습니다. Auto Scaling 그룹 또는 DAX에서 연결하세요.',
  },
};
