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
    },
    stickiness: {
      type: 'boolean',
      default: false,
      label: { en: 'Sticky sessions', ko: '고정 세션(Sticky Session)' },
    },
    stickinessDurationSeconds: {
      type: 'integer',
      default: 86400,
      min: 1,
      max: 604800,
      unit: { en: 's', ko: '초' },
      label: { en: 'Stickiness duration', ko: '고정 세션 유지 시간' },
    },
    healthCheckPath: {
      type: 'string',
      default: '/',
      maxLength: 1024,
      pattern: '^/[A-Za-z0-9_\\-./~%]*$',
      label: { en: 'Health check path', ko: '상태 확인 경로' },
    },
    idleTimeoutSeconds: {
      type: 'integer',
      default: 60,
      min: 1,
      max: 4000,
      unit: { en: 's', ko: '초' },
      label: { en: 'Idle timeout', ko: '유휴 제한 시간' },
    },
  },
  connections: [{ target: 'asg', meaning: { en: 'targets', ko: '대상' } }],
  connectionHint: {
    en: 'An Application Load Balancer can only target an Auto Scaling group.',
    ko: 'Application Load Balancer는 Auto Scaling 그룹만 대상으로 지정할 수 있습니다.',
  },
};
