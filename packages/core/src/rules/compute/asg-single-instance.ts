import { q } from '../context';
import type { Rule } from '../types';

export const asgSingleInstance: Rule = {
  id: 'SC3003',
  family: 'compute',
  severity: 'warning',
  title: { en: 'Single-instance Auto Scaling group', ko: '인스턴스 하나뿐인 Auto Scaling 그룹' },
  description: {
    en: 'With fewer than two instances the group runs in a single Availability Zone at times: an instance or zone failure takes the service down until a replacement boots. Two or more instances spread over zones keep it up.',
    ko: '인스턴스가 두 개 미만이면 그룹이 한 가용 영역에서만 실행되는 때가 있어, 인스턴스나 가용 영역 장애 시 새 인스턴스가 시작될 때까지 서비스가 중단됩니다. 여러 가용 영역에 두 개 이상 두면 계속 동작합니다.',
  },
  fix: { en: 'Set the minimum size to 2 or more.', ko: '최소 크기를 2 이상으로 설정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html',
  *check(ctx) {
    for (const asg of ctx.index.ofKind('asg')) {
      const min = ctx.num(asg, 'minSize');
      const max = ctx.num(asg, 'maxSize');
      if (!(min < 2)) continue;
      const never = max <= 1;
      yield {
        message: never
          ? {
              en: `${q(asg)} never runs more than ${max} instance: no high availability.`,
              ko: `${q(asg)}은(는) 인스턴스를 최대 ${max}개만 실행하므로 고가용성이 없습니다.`,
            }
          : {
              en: `${q(asg)} may scale in to ${min} instance(s): no high availability then.`,
              ko: `${q(asg)}은(는) 인스턴스 ${min}개까지 Scale In 할 수 있어 그때는 고가용성이 없습니다.`,
            },
        nodes: [asg.id],
      };
    }
  },
};
