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
      help: {
        en: 'Language runtime of the function. The export writes a placeholder handler in this language that answers every request with 200 and a small JSON body: replace it with your code.',
        ko: '함수의 언어 런타임입니다. 내보내기는 모든 요청에 200과 간단한 JSON 본문으로 응답하는 이 언어의 임시 핸들러를 작성하므로, 실제 코드로 바꾸세요.',
      },
    },
    memorySize: {
      type: 'integer',
      default: 256,
      min: 128,
      max: 10240,
      unit: { en: 'MB', ko: 'MB' },
      label: { en: 'Memory', ko: '메모리' },
      help: {
        en: 'Memory of each execution environment, 128 MB to 10,240 MB; CPU grows in proportion (one full vCPU at 1,769 MB). Billed per GB-second.',
        ko: '실행 환경마다 할당하는 메모리로 128MB~10,240MB입니다. CPU도 비례해서 늘어나며(1,769MB에서 vCPU 1개), GB-초 단위로 과금됩니다.',
      },
    },
    timeout: {
      type: 'integer',
      default: 10,
      min: 1,
      max: 900,
      unit: { en: 's', ko: '초' },
      label: { en: 'Timeout', ko: '제한 시간' },
      help: {
        en: 'Longest a single invocation may run, 1 to 900 seconds. Behind API Gateway, a response must come within its integration timeout (29 seconds by default).',
        ko: '한 번의 호출이 실행될 수 있는 최대 시간으로 1~900초입니다. API Gateway 뒤에서는 통합 제한 시간(기본 29초) 안에 응답해야 합니다.',
      },
    },
    reservedConcurrency: {
      type: 'integer',
      default: 0,
      min: 0,
      max: 10000,
      label: { en: 'Reserved concurrency', ko: '예약된 동시성' },
      help: {
        en: 'Concurrent executions set aside for this function, which also caps it (protecting a database behind it). 0 = none: it shares the account’s unreserved pool (1,000 per Region by default).',
        ko: '이 함수에 예약하는 동시 실행 수이며 상한선이기도 합니다(뒤의 데이터베이스를 보호). 0이면 예약하지 않고 계정의 예약되지 않은 풀(기본 리전당 1,000)을 함께 씁니다.',
      },
    },
    architecture: {
      type: 'enum',
      default: 'arm64',
      options: [
        { value: 'arm64', label: { en: 'arm64 (Graviton)', ko: 'arm64 (Graviton)' } },
        { value: 'x86_64', label: { en: 'x86_64', ko: 'x86_64' } },
      ],
      label: { en: 'Architecture', ko: '아키텍처' },
      help: {
        en: 'Processor architecture. arm64 (AWS Graviton) costs about 20 % less per GB-second; choose x86_64 only for native dependencies built for it.',
        ko: '프로세서 아키텍처입니다. arm64(AWS Graviton)는 GB-초당 약 20% 저렴하며, x86_64용으로 빌드된 네이티브 의존성이 있을 때만 x86_64를 선택하세요.',
      },
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
      help: {
        en: 'Automatic: the function gets private subnets and a security group exactly when it calls ElastiCache, DAX or RDS, which are reachable only inside the VPC; otherwise it stays outside (faster cold starts, no NAT). Always: in the VPC with outbound internet access through NAT. Never: outside, so it cannot reach those services.',
        ko: '자동: VPC 안에서만 접근할 수 있는 ElastiCache, DAX, RDS를 호출할 때만 프라이빗 서브넷과 보안 그룹을 받고, 그 밖에는 VPC 밖에 둡니다(더 빠른 콜드 스타트, NAT 불필요). 항상: NAT를 통한 아웃바운드 인터넷 접근과 함께 VPC 안에 둡니다. 사용 안 함: VPC 밖에 두므로 그 서비스들에 접근할 수 없습니다.',
      },
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
