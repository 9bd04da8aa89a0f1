import type { ComponentSpec } from '../types';

export const s3: ComponentSpec = {
  kind: 's3',
  name: { en: 'Amazon S3', ko: 'Amazon S3' },
  description: {
    en: 'Object storage for static content (images, scripts, downloads); serve it through CloudFront so edge locations cache it and the bucket stays private.',
    ko: '정적 컨텐츠(이미지, 스크립트, 파일)를 저장하는 객체 스토리지입니다. CloudFront를 통해 제공하면 엣지 로케이션에서 캐싱되고 버킷은 비공개로 유지됩니다.',
  },
  category: 'edge',
  icon: 'architecture-service/AmazonSimpleStorageService',
  inVpc: false,
  docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html',
  props: {
    versioning: {
      type: 'boolean',
      default: true,
      label: { en: 'Versioning', ko: '버전 관리' },
    },
    encryption: {
      type: 'enum',
      default: 'SSE-S3',
      options: [
        { value: 'SSE-S3', label: { en: 'S3 managed keys (SSE-S3)', ko: 'S3 관리형 키(SSE-S3)' } },
        { value: 'SSE-KMS', label: { en: 'AWS KMS key (SSE-KMS)', ko: 'AWS KMS 키(SSE-KMS)' } },
      ],
      label: { en: 'Encryption at rest', ko: '저장 데이터 암호화' },
    },
  },
  connections: [],
  connectionHint: {
    en: 'S3 does not call other services: connect CloudFront or the Auto Scaling group to it.',
    ko: 'S3는 다른 서비스를 호출하지 않습니다. CloudFront 또는 Auto Scaling 그룹에서 S3로 연결하세요.',
  },
};
