import type { ComponentSpec } from '../types';

export const waf: ComponentSpec = {
  kind: 'waf',
  name: { en: 'AWS WAF', ko: 'AWS WAF' },
  description: {
    en: 'Web application firewall with AWS managed rule groups and rate limiting, attached to CloudFront (global) or to a load balancer (regional).',
    ko: 'AWS 관리형 규칙 그룹과 속도 제한을 제공하는 웹 애플리케이션 방화벽으로, CloudFront(글로벌) 또는 로드 밸런서(리전)에 연결합니다.',
  },
  category: 'security',
  icon: 'architecture-service/AWSWAF',
  inVpc: false,
  docsUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html',
  props: {
    rateLimit: {
      type: 'integer',
      default: 2000,
      min: 10,
      max: 2000000000,
      unit: { en: 'requests / 5 min / IP', ko: '요청 / 5분 / IP' },
      label: { en: 'Rate limit', ko: '속도 제한' },
    },
    commonRuleSet: {
      type: 'boolean',
      default: true,
      label: { en: 'Core rule set', ko: '핵심 규칙 세트' },
    },
    knownBadInputs: {
      type: 'boolean',
      default: true,
      label: { en: 'Known bad inputs', ko: '알려진 악성 입력' },
    },
    ipReputation: {
      type: 'boolean',
      default: true,
      label: { en: 'IP reputation list', ko: 'IP 평판 목록' },
    },
  },
  connections: [
    { target: 'cloudfront', meaning: { en: 'protects', ko: '보호' } },
    { target: 'alb', meaning: { en: 'protects', ko: '보호' } },
  ],
  connectionHint: {
    en: 'AWS WAF can only protect a CloudFront distribution or an Application Load Balancer.',
    ko: 'AWS WAF는 CloudFront 배포 또는 Application Load Balancer만 보호할 수 있습니다.',
  },
};
