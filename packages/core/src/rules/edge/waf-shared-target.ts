import { q } from '../context';
import type { Rule } from '../types';

/**
 * A distribution names one web ACL (`WebACLId`) and a load balancer takes one web ACL
 * association: a second WAF on it cannot be exported (a distribution would silently keep one of
 * them; a second association fails at deploy time).
 */
export const wafSharedTarget: Rule = {
  id: 'SC2011',
  family: 'edge',
  severity: 'error',
  title: { en: 'More than one WAF on a resource', ko: '하나의 리소스에 WAF가 둘 이상' },
  description: {
    en: 'A CloudFront distribution names a single web ACL, and a load balancer can be associated with a single web ACL: a second WAF on the same resource cannot be written to the template.',
    ko: 'CloudFront 배포는 웹 ACL 하나만 지정하고, 로드 밸런서도 웹 ACL 하나에만 연결될 수 있습니다. 같은 리소스에 두 번째 WAF는 템플릿에 쓸 수 없습니다.',
  },
  fix: {
    en: 'Keep one WAF per distribution or load balancer; put all the rules you need in that one.',
    ko: '배포나 로드 밸런서마다 WAF를 하나만 두고, 필요한 규칙을 모두 그 WAF에 넣으세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  *check(ctx) {
    const wafsOf = new Map<string, string[]>();
    for (const waf of ctx.index.ofKind('waf')) {
      for (const { target } of ctx.callees(waf)) {
        if (target.kind !== 'cloudfront' && target.kind !== 'alb') continue;
        const list = wafsOf.get(target.id) ?? [];
        if (!list.includes(waf.id)) list.push(waf.id);
        wafsOf.set(target.id, list);
      }
    }
    for (const [targetId, wafs] of wafsOf) {
      if (wafs.length < 2) continue;
      wafs.sort(); // the same message whatever the order of the nodes
      const target = ctx.node(targetId)!;
      const names = wafs
        .map((id) => ctx.node(id)!)
        .map((w) => q(w))
        .join(', ');
      yield {
        message: {
          en: `${q(target)} is protected by ${wafs.length} WAFs (${names}); it can have one.`,
          ko: `${q(target)}을(를) WAF ${wafs.length}개(${names})가 보호합니다. 하나만 둘 수 있습니다.`,
        },
        nodes: [targetId, ...wafs],
      };
    }
  },
};
