import { q } from '../context';
import type { Rule } from '../types';

/**
 * Stackcanvas S3 nodes always get origin access control and a private bucket. A bucket imported
 * verbatim (a `cfn-resource` of type AWS::S3::Bucket) used as an origin does not: the export
 * cannot attach OAC and its bucket policy to a resource it keeps unchanged.
 */
export const s3OriginWithoutOac: Rule = {
  id: 'SC6004',
  family: 'data',
  severity: 'warning',
  title: { en: 'S3 origin without origin access control', ko: '오리진 액세스 제어 없는 S3 오리진' },
  description: {
    en: 'With origin access control (OAC) only CloudFront may read the bucket, so viewers cannot bypass the CDN, its cache and its WAF. A bucket CloudFront reaches without OAC must be public (or use the legacy origin access identity).',
    ko: '오리진 액세스 제어(OAC)를 사용하면 CloudFront만 버킷을 읽을 수 있어 사용자가 CDN, 캐시, WAF를 우회할 수 없습니다. OAC 없이 CloudFront가 접근하는 버킷은 공개되어야 합니다(또는 레거시 OAI 사용).',
  },
  fix: {
    en: 'Replace the imported bucket with an S3 component (private, with OAC), or add OAC and a bucket policy for the distribution to the imported template.',
    ko: '가져온 버킷을 S3 구성 요소(비공개, OAC 사용)로 바꾸거나, 가져온 템플릿에 배포용 OAC와 버킷 정책을 추가하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      for (const { edge, target } of ctx.callees(cdn)) {
        if (target.kind !== 'cfn-resource' || ctx.prop(target, 'type') !== 'AWS::S3::Bucket') continue;
        yield {
          message: {
            en: `${q(cdn)} reads the imported bucket ${q(target)} without origin access control.`,
            ko: `${q(cdn)}이(가) 가져온 버킷 ${q(target)}을(를) 오리진 액세스 제어 없이 읽습니다.`,
          },
          nodes: [cdn.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
