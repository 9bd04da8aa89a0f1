import { typeOptions, type ComponentSpec } from '../types';
import { EC2_INSTANCE_TYPES } from './instance-types';

export const asg: ComponentSpec = {
  kind: 'asg',
  name: { en: 'EC2 Auto Scaling group', ko: 'EC2 Auto Scaling 그룹' },
  description: {
    en: 'Web/application servers that scale out and in with load, launched from a launch template. Keep no state on them: sessions go to ElastiCache.',
    ko: '부하에 따라 Scale Out/Scale In 하는 웹·애플리케이션 서버입니다(시작 템플릿 사용). 서버에 상태를 두지 말고 세션은 ElastiCache에 저장하세요.',
  },
  category: 'compute',
  icon: 'architecture-service/AmazonEC2AutoScaling',
  inVpc: true,
  docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html',
  props: {
    minSize: {
      type: 'integer',
      default: 2,
      min: 0,
      max: 1000,
      label: { en: 'Minimum size', ko: '최소 크기' },
    },
    maxSize: {
      type: 'integer',
      default: 4,
      min: 0,
      max: 1000,
      label: { en: 'Maximum size', ko: '최대 크기' },
    },
    desiredCapacity: {
      type: 'integer',
      default: 2,
      min: 0,
      max: 1000,
      label: { en: 'Desired capacity', ko: '원하는 용량' },
    },
    instanceType: {
      type: 'string',
      default: 't3.small',
      maxLength: 32,
      pattern: '^[a-z][a-z0-9-]*\\.[a-z0-9]+$',
      patternHelp: { en: 'An EC2 instance type such as t3.small or m7i.large.', ko: 't3.small, m7i.large 같은 EC2 인스턴스 유형이어야 합니다.' },
      // x86_64 families (the launch template uses the x86_64 Amazon Linux 2023 image); any other type is accepted too.
      suggestions: typeOptions(EC2_INSTANCE_TYPES),
      label: { en: 'Instance type', ko: '인스턴스 유형' },
    },
    appPort: {
      type: 'integer',
      default: 80,
      min: 1,
      max: 65535,
      label: { en: 'Application port', ko: '애플리케이션 포트' },
    },
  },
  connections: [
    {
      target: 'elasticache',
      meaning: (t) => (t['purpose'] === 'sessions' ? { en: 'session store', ko: '세션 저장소' } : { en: 'query cache', ko: '쿼리 캐시' }),
    },
    { target: 'dax', meaning: { en: 'reads through', ko: '읽기 캐시 경유' } },
    { target: 'dynamodb', meaning: { en: 'reads & writes', ko: '읽기·쓰기' } },
    { target: 'rds', meaning: { en: 'queries', ko: '쿼리' } },
    { target: 's3', meaning: { en: 'reads & writes objects', ko: '객체 읽기·쓰기' } },
  ],
  connectionHint: {
    en: 'An Auto Scaling group can call ElastiCache, DAX, DynamoDB, RDS or S3; traffic reaches it from a load balancer.',
    ko: 'Auto Scaling 그룹은 ElastiCache, DAX, DynamoDB, RDS, S3를 호출할 수 있으며, 트래픽은 로드 밸런서에서 들어옵니다.',
  },
};
