import { q } from '../context';
import { hasCallee } from '../helpers';
import type { Rule } from '../types';

export const albNoTargets: Rule = {
  id: 'SC3001',
  family: 'compute',
  severity: 'error',
  title: { en: 'Load balancer without targets', ko: '대상이 없는 로드 밸런서' },
  description: {
    en: 'An Application Load Balancer forwards each request to a healthy target of its target group; with no targets every request gets 503 Service Unavailable.',
    ko: 'Application Load Balancer는 요청을 대상 그룹의 정상 대상으로 전달합니다. 대상이 없으면 모든 요청이 503 Service Unavailable 응답을 받습니다.',
  },
  fix: {
    en: 'Connect the load balancer to the Auto Scaling group that serves the requests.',
    ko: '로드 밸런서를 요청을 처리할 Auto Scaling 그룹에 연결하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html',
  *check(ctx) {
    for (const alb of ctx.index.ofKind('alb')) {
      // An imported load balancer's targets may be ECS services, Lambda functions, IP addresses or another stack's instances.
      if (alb.imported || hasCallee(ctx, alb, 'asg')) continue;
      yield { message: { en: `${q(alb)} has no targets.`, ko: `${q(alb)}에 대상이 없습니다.` }, nodes: [alb.id] };
    }
  },
};
