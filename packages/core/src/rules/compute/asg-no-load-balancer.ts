import { q } from '../context';
import { hasCaller } from '../helpers';
import type { Rule } from '../types';

export const asgNoLoadBalancer: Rule = {
  id: 'SC3004',
  family: 'compute',
  severity: 'info',
  title: { en: 'Auto Scaling group without a load balancer', ko: '로드 밸런서가 없는 Auto Scaling 그룹' },
  description: {
    en: 'Instances of an Auto Scaling group come and go; web traffic reaches them through a load balancer that registers each new instance. Without one, the group suits only background workers.',
    ko: 'Auto Scaling 그룹의 인스턴스는 생기고 사라지므로, 웹 트래픽은 새 인스턴스를 자동 등록하는 로드 밸런서를 통해 전달되어야 합니다. 로드 밸런서가 없으면 백그라운드 작업용으로만 적합합니다.',
  },
  fix: {
    en: 'If the group serves web requests, put an Application Load Balancer in front of it.',
    ko: '그룹이 웹 요청을 처리한다면 앞단에 Application Load Balancer를 두세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-load-balancer.html',
  *check(ctx) {
    for (const asg of ctx.index.ofKind('asg')) {
      if (hasCaller(ctx, asg, 'alb')) continue;
      if (!ctx.index.outgoing(asg.id).length && !ctx.index.incoming(asg.id).length) continue; // SC1006
      yield { message: { en: `No load balancer sends traffic to ${q(asg)}.`, ko: `${q(asg)}로 트래픽을 보내는 로드 밸런서가 없습니다.` }, nodes: [asg.id] };
    }
  },
};
