import type { KindHelp } from '../kind';

/** The help texts of the alb kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    internetFacing: {
      en: 'An internet-facing load balancer sits in public subnets; an internal one is reachable only inside the VPC (from CloudFront only through a VPC origin).',
      ko: '인터넷 연결 로드 밸런서는 퍼블릭 서브넷에 있고, 내부 로드 밸런서는 VPC 안에서만(CloudFront에서는 VPC 오리진으로만) 접근할 수 있습니다.',
    },
    stickiness: {
      en: 'Send a user back to the same instance (load-balancer cookie). Sessions on an instance are lost when Auto Scaling scales in; keep them in ElastiCache instead.',
      ko: '같은 사용자를 같은 인스턴스로 보냅니다(로드 밸런서 쿠키). Auto Scaling이 Scale In 하면 인스턴스의 세션이 사라지므로 세션은 ElastiCache에 저장하세요.',
    },
    stickinessDurationSeconds: {
      en: 'How long the load-balancer cookie pins a user to an instance (1 s to 7 days).',
      ko: '로드 밸런서 쿠키가 사용자를 인스턴스에 고정하는 시간입니다(1초~7일).',
    },
    healthCheckPath: {
      en: 'Path the target group requests on each instance to decide whether it is healthy.',
      ko: '대상 그룹이 인스턴스 상태를 확인하기 위해 요청하는 경로입니다.',
    },
    idleTimeoutSeconds: {
      en: 'Seconds a connection may stay idle before the load balancer closes it.',
      ko: '연결이 유휴 상태로 유지될 수 있는 시간(초)입니다.',
    },
  },
};
