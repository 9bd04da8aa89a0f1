import { q } from '../context';
import type { Rule } from '../types';

/**
 * One WAF component protecting CloudFront and a load balancer. A web ACL has one scope, so the
 * export makes two from it (CLOUDFRONT and REGIONAL); the rule explains that and its consequence.
 */
export const wafMixedScope: Rule = {
  id: 'SC2009',
  family: 'edge',
  severity: 'info',
  title: { en: 'One WAF for CloudFront and a load balancer: two web ACLs', ko: 'CloudFront와 로드 밸런서를 함께 보호하는 WAF: 웹 ACL 2개' },
  description: {
    en: 'A web ACL has one scope, chosen at creation: CLOUDFRONT (created in us-east-1) for distributions, REGIONAL for load balancers in their own Region. The export therefore makes two web ACLs from this component, with the same rules. Because the CLOUDFRONT one can only be created in us-east-1, the whole stack, load balancer included, must be deployed in us-east-1.',
    ko: '웹 ACL의 범위는 생성 시 하나로 정해집니다. 배포에는 CLOUDFRONT(us-east-1에 생성), 로드 밸런서에는 해당 리전의 REGIONAL 범위를 사용합니다. 따라서 내보내기는 이 구성 요소에서 같은 규칙의 웹 ACL 2개를 만듭니다. CLOUDFRONT 웹 ACL은 us-east-1에서만 생성할 수 있으므로 로드 밸런서를 포함한 스택 전체를 us-east-1에 배포해야 합니다.',
  },
  fix: {
    en: 'Nothing to do if the stack goes to us-east-1. Otherwise keep the WAF on CloudFront only and let the load balancer accept traffic only from CloudFront (or use a second WAF component in a separate regional design).',
    ko: '스택을 us-east-1에 배포한다면 조치할 필요가 없습니다. 그렇지 않다면 WAF는 CloudFront에만 연결하고, 로드 밸런서는 CloudFront에서 오는 트래픽만 받도록 하세요(또는 별도의 리전 설계에 두 번째 WAF를 두세요).',
  },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webacl.html',
  *check(ctx) {
    for (const waf of ctx.index.ofKind('waf')) {
      const cdn = ctx.callees(waf).filter((c) => c.target.kind === 'cloudfront');
      const alb = ctx.callees(waf).filter((c) => c.target.kind === 'alb');
      if (!cdn.length || !alb.length) continue;
      const all = [...cdn, ...alb];
      yield {
        message: {
          en: `${q(waf)} protects CloudFront (${cdn.map((c) => q(c.target)).join(', ')}) and a load balancer (${alb.map((c) => q(c.target)).join(', ')}): it becomes a CLOUDFRONT and a REGIONAL web ACL, and the stack must be deployed in us-east-1.`,
          ko: `${q(waf)}이(가) CloudFront(${cdn.map((c) => q(c.target)).join(', ')})와 로드 밸런서(${alb.map((c) => q(c.target)).join(', ')})를 함께 보호하므로 CLOUDFRONT와 REGIONAL 웹 ACL 2개가 되며, 스택은 us-east-1에 배포해야 합니다.`,
        },
        nodes: [waf.id, ...all.map((c) => c.target.id)],
        edges: all.map((c) => c.edge.id),
      };
    }
  },
};
