import { typeOptions, type ComponentSpec } from '../types';
import { DB_INSTANCE_CLASSES } from './instance-types';

export const rds: ComponentSpec = {
  kind: 'rds',
  name: { en: 'Amazon RDS', ko: 'Amazon RDS' },
  description: {
    en: 'Managed relational database (PostgreSQL, MySQL). When heavy, repeated queries slow it down or exhaust its capacity, cache their results in ElastiCache.',
    ko: '관리형 관계형 데이터베이스(PostgreSQL, MySQL)입니다. 무겁고 반복되는 쿼리로 응답 시간이 길어지거나 처리 용량이 부족하면 ElastiCache에 결과를 캐싱하세요.',
  },
  category: 'database',
  icon: 'architecture-service/AmazonRDS',
  inVpc: true,
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  props: {
    engine: {
      type: 'enum',
      default: 'postgres',
      options: [
        { value: 'postgres', label: { en: 'PostgreSQL', ko: 'PostgreSQL' } },
        { value: 'mysql', label: { en: 'MySQL', ko: 'MySQL' } },
      ],
      label: { en: 'Engine', ko: '엔진' },
    },
    multiAz: {
      type: 'boolean',
      default: true,
      label: { en: 'Multi-AZ', ko: '다중 AZ' },
    },
    instanceClass: {
      type: 'string',
      default: 'db.t4g.small',
      maxLength: 40,
      pattern: '^db\\.[a-z0-9]+\\.[a-z0-9]+$',
      patternHelp: { en: 'An RDS instance class such as db.t4g.small or db.r7g.large.', ko: 'db.t4g.small, db.r7g.large 같은 RDS 인스턴스 클래스여야 합니다.' },
      suggestions: typeOptions(DB_INSTANCE_CLASSES),
      label: { en: 'Instance class', ko: '인스턴스 클래스' },
    },
    allocatedStorage: {
      type: 'integer',
      default: 20,
      min: 20,
      max: 65536,
      unit: { en: 'GiB', ko: 'GiB' },
      label: { en: 'Storage', ko: '스토리지' },
    },
    databaseName: {
      type: 'string',
      default: 'app',
      maxLength: 63,
      pattern: '^[A-Za-z][A-Za-z0-9_]*$',
      label: { en: 'Database name', ko: '데이터베이스 이름' },
    },
    backupRetentionDays: {
      type: 'integer',
      default: 7,
      min: 0,
      max: 35,
      unit: { en: 'days', ko: '일' },
      label: { en: 'Backup retention', ko: '백업 보존 기간' },
    },
  },
  connections: [],
  connectionHint: {
    en: 'RDS does not call other services: connect the Auto Scaling group to it.',
    ko: 'RDS는 다른 서비스를 호출하지 않습니다. Auto Scaling 그룹에서 연결하세요.',
  },
};
