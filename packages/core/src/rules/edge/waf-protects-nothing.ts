import { q } from '../context';
import type { Rule } from '../types';

export const wafProtectsNothing: Rule = {
  id: 'SC2008',
  family: 'edge',
  severity: 'warning',
  title: { en: 'WAF protects nothing', ko: '아무것도 보호하지 않는 WAF' },
  description: {
    en: 'A web ACL filters requests only for the resources it is associated with; one that is associated with nothing inspects no traffic but is still billed.',
    ko: '웹 ACL은 연결된 리소스의 요청만 검사합니다. 아무것에도 연결되지 않은 웹 ACL은 트래픽을 검사하지 않지만 비용은 발생합니다.',
  },
  fix: {
    en: 'Connect the WAF to the CloudFront distribution (or the load balancer) it should protect.',
    ko: 'WAF를 보호할 CloudFront 배포(또는 로드 밸런서)에 연결하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
  *check(ctx) {
    for (const waf of ctx.index.ofKind('waf')) {
      if (ctx.callees(waf).some((c) => c.target.kind === 'cloudfront' || c.target.kind === 'alb')) continue;
      yield {
        message: { en: `${q(waf)} is not attached to a distribution or a load balancer.`, ko: `${q(waf)}이(가) 배포나 로드 밸런서에 연결되어 있지 않습니다.` },
        nodes: [waf.id],
      };
    }
  },
};
