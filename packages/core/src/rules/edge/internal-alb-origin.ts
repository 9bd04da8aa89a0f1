import { q } from '../context';
import type { Rule } from '../types';

/** An internal ALB behind CloudFront: reachable only through a CloudFront VPC origin, which the export uses. */
export const internalAlbOrigin: Rule = {
  id: 'SC2006',
  family: 'edge',
  severity: 'info',
  title: { en: 'Internal load balancer as a CloudFront origin', ko: 'CloudFront 오리진인 내부 로드 밸런서' },
  description: {
    en: 'An internal Application Load Balancer has no public address, so CloudFront can reach it only through a CloudFront VPC origin. That is the safer design: CloudFront becomes the single way in. The export creates the VPC origin (AWS::CloudFront::VpcOrigin) for it.',
    ko: '내부 Application Load Balancer에는 퍼블릭 주소가 없으므로 CloudFront는 VPC 오리진으로만 접근할 수 있습니다. CloudFront가 유일한 진입점이 되는 더 안전한 설계이며, 내보내기는 이를 위한 VPC 오리진(AWS::CloudFront::VpcOrigin)을 만듭니다.',
  },
  fix: {
    en: 'Nothing to do if this is intended; make the load balancer internet-facing only if other clients must reach it directly.',
    ko: '의도한 것이라면 조치할 필요가 없습니다. 다른 클라이언트가 직접 접근해야 할 때만 로드 밸런서를 인터넷 연결로 바꾸세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html',
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      for (const { edge, target } of ctx.callees(cdn)) {
        if (target.kind !== 'alb' || ctx.prop(target, 'internetFacing') !== false) continue;
        yield {
          message: {
            en: `${q(target)} is internal: ${q(cdn)} reaches it through a CloudFront VPC origin.`,
            ko: `${q(target)}은(는) 내부 로드 밸런서이므로 ${q(cdn)}은(는) CloudFront VPC 오리진을 통해 접근합니다.`,
          },
          nodes: [cdn.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
