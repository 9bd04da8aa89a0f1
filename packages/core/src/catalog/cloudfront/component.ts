import type { ComponentSpec, PropSpecs } from '../types';

/** Props of an edge out of CloudFront: one edge = one origin; `pathPattern` = one cache behavior. */
export const originEdgeProps: PropSpecs = {
  pathPattern: {
    type: 'string',
    default: undefined,
    maxLength: 255,
    pattern: '^[A-Za-z0-9_\\-.*$/~"\'@:+&=?%!]+$',
    patternHelp: {
      en: 'Use a CloudFront path pattern such as /static/* or *.jpg (letters, digits and _-.*$/~"\'@:+&=?%!).',
      ko: '/static/* 또는 *.jpg 같은 CloudFront 경로 패턴을 사용하세요.',
    },
    label: { en: 'Path pattern', ko: '경로 패턴' },
  },
};

export const cloudfront: ComponentSpec = {
  kind: 'cloudfront',
  name: { en: 'Amazon CloudFront', ko: 'Amazon CloudFront' },
  description: {
    en: 'Content delivery network at edge locations: cache static and slow-changing content close to users and take repeated requests off your servers.',
    ko: '엣지 로케이션에서 동작하는 고속 컨텐츠 전송 네트워크(CDN): 자주 접근하는 정적 컨텐츠와 실시간으로 변경되지 않는 동적 컨텐츠를 캐싱하여 서버 부하를 줄입니다.',
  },
  category: 'edge',
  icon: 'architecture-service/AmazonCloudFront',
  inVpc: false,
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html',
  props: {
    priceClass: {
      type: 'enum',
      default: 'PriceClass_100',
      options: [
        { value: 'PriceClass_100', label: { en: 'North America & Europe', ko: '북미 및 유럽' } },
        { value: 'PriceClass_200', label: { en: 'Most regions', ko: '대부분의 리전' } },
        { value: 'PriceClass_All', label: { en: 'All edge locations', ko: '모든 엣지 로케이션' } },
      ],
      label: { en: 'Price class', ko: '가격 등급' },
    },
    defaultRootObject: {
      type: 'string',
      default: 'index.html',
      maxLength: 255,
      pattern: '^[A-Za-z0-9_\\-.]*$',
      label: { en: 'Default root object', ko: '기본 루트 객체' },
    },
    ipv6: {
      type: 'boolean',
      default: true,
      label: { en: 'IPv6', ko: 'IPv6' },
    },
  },
  connections: [
    { target: 's3', meaning: { en: 'origin', ko: '오리진' }, edgeProps: originEdgeProps },
    { target: 'alb', meaning: { en: 'origin', ko: '오리진' }, edgeProps: originEdgeProps },
    { target: 'apigateway', meaning: { en: 'origin', ko: '오리진' }, edgeProps: originEdgeProps },
  ],
  connectionHint: {
    en: 'CloudFront can only use an S3 bucket, an Application Load Balancer or an API Gateway REST API as an origin.',
    ko: 'CloudFront는 S3 버킷, Application Load Balancer, API Gateway REST API만 오리진으로 사용할 수 있습니다.',
  },
};
