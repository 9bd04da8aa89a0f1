import { typeOptions, type ComponentSpec } from '../types';
import { DAX_NODE_TYPES } from './instance-types';

export const dax: ComponentSpec = {
  kind: 'dax',
  name: { en: 'DynamoDB Accelerator (DAX)', ko: 'DynamoDB Accelerator (DAX)' },
  description: {
    en: 'Fully managed in-memory cache for DynamoDB with microsecond reads, compatible with DynamoDB API calls: use it when single-digit milliseconds are not fast enough.',
    ko: 'DynamoDB용 완전 관리형 인 메모리 캐시로, DynamoDB API 호출과 호환되며 마이크로초의 응답 시간을 제공합니다. 10밀리초 미만보다 더 빠른 응답이 필요할 때 사용합니다.',
  },
  category: 'caching',
  icon: 'resource/AmazonDynamoDBAmazonDynamoDBAccelerator',
  inVpc: true,
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html',
  props: {
    replicationFactor: {
      type: 'integer',
      default: 3,
      min: 1,
      max: 100,
      label: { en: 'Nodes', ko: '노드 수' },
    },
    nodeType: {
      type: 'string',
      default: 'dax.t3.small',
      maxLength: 40,
      pattern: '^dax\\.[a-z0-9]+\\.[a-z0-9]+$',
      patternHelp: { en: 'A DAX node type such as dax.t3.small or dax.r5.large.', ko: 'dax.t3.small, dax.r5.large 같은 DAX 노드 유형이어야 합니다.' },
      suggestions: typeOptions(DAX_NODE_TYPES),
      label: { en: 'Node type', ko: '노드 유형' },
    },
  },
  connections: [{ target: 'dynamodb', meaning: { en: 'reads through', ko: '읽기 캐시 경유' } }],
  connectionHint: {
    en: 'DAX can only read through to DynamoDB.',
    ko: 'DAX는 DynamoDB로만 연결(읽기 캐시 경유)할 수 있습니다.',
  },
};
