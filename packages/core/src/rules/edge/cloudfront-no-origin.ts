import { q } from '../context';
import { originEdges } from '../helpers';
import type { Rule } from '../types';

export const cloudfrontNoOrigin: Rule = {
  id: 'SC2001',
  family: 'edge',
  severity: 'error',
  title: { en: 'CloudFront without an origin', ko: '오리진이 없는 CloudFront' },
  description: {
    en: 'A distribution serves cached copies of what its origin returns; CloudFormation requires at least one origin and a default cache behavior pointing at it.',
    ko: 'CloudFront 배포는 오리진이 반환한 컨텐츠를 엣지 로케이션에 캐싱하여 제공합니다. CloudFormation은 오리진 하나 이상과 이를 가리키는 기본 캐시 동작을 요구합니다.',
  },
  fix: { en: 'Connect the distribution to an S3 bucket or an Application Load Balancer.', ko: '배포를 S3 버킷 또는 Application Load Balancer에 연결하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html',
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      // An imported distribution's origins are in its template (custom origins, other stacks' resources).
      if (cdn.imported || originEdges(ctx, cdn).length > 0) continue;
      yield { message: { en: `${q(cdn)} has no origin.`, ko: `${q(cdn)}에 오리진이 없습니다.` }, nodes: [cdn.id] };
    }
  },
};
