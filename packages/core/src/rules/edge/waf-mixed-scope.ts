import { q } from '../context';
import type { Rule } from '../types';

export const wafMixedScope: Rule = {
  id: 'SC2009',
  family: 'edge',
  severity: 'error',
  title: { en: 'One WAF for CloudFront and a load balancer', ko: 'CloudFront와 로드 밸런서를 함께 보호하는 WAF' },
  description: {
    en: 'A web ACL has one scope, chosen at creation: CLOUDFRONT (in us-east-1) for distributions, REGIONAL for load balancers in their own Region. One web ACL cannot protect both.',
    ko: '웹 ACL의 범위는 생성 시 하나로 정해집니다. 배포에는 CLOUDFRONT(us-east-1), 로드 밸런서에는 해당 리전의 REGIONAL 범위를 사용하므로 하나의 웹 ACL로 둘 다 보호할 수 없습니다.',
  },
  fix: {
    en: 'Use two WAF components: one connected to CloudFront, one to the load balancer. Often the CloudFront one is enough, with the load balancer reachable only from CloudFront.',
    ko: 'WAF 구성 요소를 둘로 나누어 하나는 CloudFront에, 하나는 로드 밸런서에 연결하세요. 로드 밸런서가 CloudFront에서만 접근 가능하다면 CloudFront용 WAF만으로 충분한 경우가 많습니다.',
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
          en: `${q(waf)} protects CloudFront (${cdn.map((c) => q(c.target)).join(', ')}) and a load balancer (${alb.map((c) => q(c.target)).join(', ')}): a web ACL is either CLOUDFRONT or REGIONAL scope.`,
          ko: `${q(waf)}이(가) CloudFront(${cdn.map((c) => q(c.target)).join(', ')})와 로드 밸런서(${alb.map((c) => q(c.target)).join(', ')})를 함께 보호합니다. 웹 ACL은 CLOUDFRONT 또는 REGIONAL 중 한 범위만 가집니다.`,
        },
        nodes: [waf.id, ...all.map((c) => c.target.id)],
        edges: all.map((c) => c.edge.id),
      };
    }
  },
};
