import { q } from '../context';
import type { Rule } from '../types';

export const wafCloudfrontScope: Rule = {
  id: 'SC2007',
  family: 'edge',
  severity: 'info',
  title: { en: 'WAF for CloudFront: CLOUDFRONT scope in us-east-1', ko: 'CloudFront용 WAF: us-east-1의 CLOUDFRONT 범위' },
  description: {
    en: 'A web ACL that protects a CloudFront distribution must have the CLOUDFRONT scope and, with everything it uses, be created in US East (N. Virginia), us-east-1. A stack in another Region cannot create it.',
    ko: 'CloudFront 배포를 보호하는 웹 ACL은 CLOUDFRONT 범위여야 하며, 사용하는 리소스와 함께 미국 동부(버지니아 북부) us-east-1 리전에 생성해야 합니다. 다른 리전의 스택에서는 생성할 수 없습니다.',
  },
  fix: {
    en: 'Deploy the exported stack in us-east-1 (its Rules section refuses other Regions), or create the web ACL in a us-east-1 stack and pass its ARN to the distribution (WebACLId).',
    ko: '내보낸 스택을 us-east-1에 배포하거나(템플릿의 Rules 섹션이 다른 리전을 거부함), us-east-1 스택에서 웹 ACL을 만들고 그 ARN을 배포의 WebACLId로 전달하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
  *check(ctx) {
    for (const waf of ctx.index.ofKind('waf')) {
      const cdns = ctx.callees(waf).filter((c) => c.target.kind === 'cloudfront');
      if (cdns.length === 0) continue;
      yield {
        message: {
          en: `${q(waf)} protects ${cdns.map((c) => q(c.target)).join(', ')}: its web ACL is CLOUDFRONT scope and must be created in us-east-1.`,
          ko: `${q(waf)}은(는) ${cdns.map((c) => q(c.target)).join(', ')}을(를) 보호하므로 웹 ACL은 CLOUDFRONT 범위이며 us-east-1에 생성해야 합니다.`,
        },
        nodes: [waf.id, ...cdns.map((c) => c.target.id)],
        edges: cdns.map((c) => c.edge.id),
      };
    }
  },
};
