import type { KindHelp } from '../kind';

/** The help texts of the lambda kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    runtime: {
      en: 'Language runtime of the function. The export writes a placeholder handler in this language that answers every request with 200 and a small JSON body: replace it with your code.',
      ko: '함수의 언어 런타임입니다. 내보내기는 모든 요청에 200과 간단한 JSON 본문으로 응답하는 이 언어의 임시 핸들러를 작성하므로, 실제 코드로 바꾸세요.',
    },
    memorySize: {
      en: 'Memory of each execution environment, 128 MB to 10,240 MB; CPU grows in proportion (one full vCPU at 1,769 MB). Billed per GB-second.',
      ko: '실행 환경마다 할당하는 메모리로 128MB~10,240MB입니다. CPU도 비례해서 늘어나며(1,769MB에서 vCPU 1개), GB-초 단위로 과금됩니다.',
    },
    timeout: {
      en: 'Longest a single invocation may run, 1 to 900 seconds. Behind API Gateway, a response must come within its integration timeout (29 seconds by default).',
      ko: '한 번의 호출이 실행될 수 있는 최대 시간으로 1~900초입니다. API Gateway 뒤에서는 통합 제한 시간(기본 29초) 안에 응답해야 합니다.',
    },
    reservedConcurrency: {
      en: 'Concurrent executions set aside for this function, which also caps it (protecting a database behind it). 0 = none: it shares the account’s unreserved pool (1,000 per Region by default).',
      ko: '이 함수에 예약하는 동시 실행 수이며 상한선이기도 합니다(뒤의 데이터베이스를 보호). 0이면 예약하지 않고 계정의 예약되지 않은 풀(기본 리전당 1,000)을 함께 씁니다.',
    },
    architecture: {
      en: 'Processor architecture. arm64 (AWS Graviton) costs about 20 % less per GB-second; choose x86_64 only for native dependencies built for it.',
      ko: '프로세서 아키텍처입니다. arm64(AWS Graviton)는 GB-초당 약 20% 저렴하며, x86_64용으로 빌드된 네이티브 의존성이 있을 때만 x86_64를 선택하세요.',
    },
    vpc: {
      en: 'Automatic: the function gets private subnets and a security group exactly when it calls ElastiCache, DAX or RDS, which are reachable only inside the VPC; otherwise it stays outside (faster cold starts, no NAT). Always: in the VPC with outbound internet access through NAT. Never: outside, so it cannot reach those services.',
      ko: '자동: VPC 안에서만 접근할 수 있는 ElastiCache, DAX, RDS를 호출할 때만 프라이빗 서브넷과 보안 그룹을 받고, 그 밖에는 VPC 밖에 둡니다(더 빠른 콜드 스타트, NAT 불필요). 항상: NAT를 통한 아웃바운드 인터넷 접근과 함께 VPC 안에 둡니다. 사용 안 함: VPC 밖에 두므로 그 서비스들에 접근할 수 없습니다.',
    },
  },
};
