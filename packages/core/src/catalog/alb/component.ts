import type { ComponentSpec } from '../types';

export const alb: ComponentSpec = {
  kind: 'alb',
  name: { en: 'Application Load Balancer', ko: 'Application Load Balancer' },
  description: {
    en: 'Spreads HTTP traffic over the instances of an Auto Scaling group. Prefer a session store in ElastiCache to sticky sessions: stickiness breaks when the group scales in.',
    ko: '트래픽을 Auto Scaling 그룹의 인스턴스로 분산합니다. Sticky Session(고정 세션)은 Scale In 시 세션이 유실되므로 세션은 ElastiCache에 저장하는 것이 좋습니다.',
  },
  category: 'compute',
  icon: 'resource/ElasticLoadBalancingApplicationLoadBalancer',
  inVpc: true,
  docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html',
  props: {
    internetFacing: {
      type: 'boolean',
      default: true,
      label: { en: 'Internet-facing', ko: '인터넷 연결' },
      help: {
        en: 'An internet-facing load balancer sits in public subnets; an internal one is reachable only inside the VPC (from CloudFront only through a VPC origin).',
        ko: '인터넷 연결 로드 밸런서는 퍼블릭 서브넷에 있고, 내부 로드 밸런서는 VPC 안에서만(CloudFront에서는 VPC 오리진으로만) 접근할 수 있습니다.',
      },
    },
    stickiness: {
      type: 'boolean',
      default: false,
      label: { en: 'Sticky sessions', ko: '고정 세션(Sticky Session)' },
      help: {
        en: 'Send a user back to the same instance (load-balancer cookie). Sessions on an instance are lost when Auto Scaling scales in; keep them in ElastiCache instead.',
        ko: '같은 사용자를 같은 인스턴스로 보냅니다(로드 밸런서 쿠키). Auto Scaling이 Scale In 하면 인스턴스의 세션이 사라지므로 세션은 ElastiCache에 저장하세요.',
      },
    },
    stickinessDurationSeconds: {
      type: 'integer',
      default: 86400,
      min: 1,
      max: 604800,
      unit: { en: 's', ko: '초' },
      label: { en: 'Stickiness duration', ko: '고정 세션 유지 시간' },
      help: {
        en: 'How long the load-balancer cookie pins a user to an instance (1 s to 7 days).',
        ko: '로드 밸런서 쿠키가 사용자를 인스턴스에 고정하는 시간입니다(1초~7일).',
      },
    },
    healthCheckPath: {
      type: 'string',
      default: '/',
      maxLength: 1024,
      pattern: '^/[A-Za-z0-9_\\-./~%]*$',
      label: { en: 'Health check path', ko: '상태 확인 경로' },
      help: {
        en: 'Path the target group requests on each instance to decide whether it is healthy.',
        ko: '대상 그룹이 인스턴스 상태를 확인하기 위해 요청하는 경로입니다.',
      },
    },
    idleTimeoutSeconds: {
      type: 'integer',
      default: 60,
      min: 1,
      max: 4000,
      unit: { en: 's', ko: '초' },
      label: { en: 'Idle timeout', ko: '유휴 제한 시간' },
      help: { en: 'Seconds a connection may stay idle before the load balancer closes it.', ko: '연결이 유휴 상태로 유지될 수 있는 시간(초)입니다.' },
    },
  },
  connections: [{ target: 'asg', meaning: { en: 'targets', ko: '대상' } }],
  connectionHint: {
    en: 'An Application Load Balancer can only target an Auto Scaling group.',
    ko: 'Application Load Balancer는 Auto Scaling 그룹만 대상으로 지정할 수 있습니다.',
  },
};
