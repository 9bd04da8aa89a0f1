import { catalog } from '../../catalog/index';
import { nodesInVpc } from '../../network/plan';
import { q } from '../context';
import type { Rule } from '../types';

/**
 * A Lambda function outside the VPC with an edge to a service that lives only inside it (DAX,
 * ElastiCache, RDS). With automatic placement a function joins the VPC exactly when it calls one,
 * so this happens when its `vpc` prop is “never”: set on purpose, or read from an imported
 * template whose function had no VpcConfig.
 */
export const lambdaOutsideVpc: Rule = {
  id: 'SC1008',
  family: 'connections',
  severity: 'error',
  title: { en: 'Function outside the VPC calls a service inside it', ko: 'VPC 밖의 함수가 VPC 안의 서비스를 호출' },
  description: {
    en: 'DAX, ElastiCache and RDS have addresses in the VPC’s private subnets only, and their security groups accept callers in the VPC. A Lambda function outside the VPC cannot open a connection to them: every call times out.',
    ko: 'DAX, ElastiCache, RDS는 VPC의 프라이빗 서브넷에만 주소가 있고, 보안 그룹은 VPC 안의 호출자만 허용합니다. VPC 밖의 Lambda 함수는 이들에 연결할 수 없어 모든 호출이 시간 초과됩니다.',
  },
  fix: {
    en: 'Set the function’s VPC placement to automatic (it then gets private subnets and a security group that the service opens its port to), or remove the edge.',
    ko: '함수의 VPC 배치를 자동으로 바꾸거나(프라이빗 서브넷과 보안 그룹을 받고 서비스가 그 보안 그룹에 포트를 엽니다) 연결을 삭제하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  *check(ctx) {
    const functions = ctx.index.ofKind('lambda');
    if (functions.length === 0) return;
    const inside = nodesInVpc(ctx.design);
    for (const fn of functions) {
      if (inside.has(fn.id)) continue;
      for (const { edge, target } of ctx.callees(fn)) {
        if (!inside.has(target.id)) continue;
        const name = catalog[target.kind].name;
        yield {
          message: {
            en: `${q(fn)} is outside the VPC, but ${q(target)} (${name.en}) is reachable only inside the VPC.`,
            ko: `${q(fn)}은(는) VPC 밖에 있지만 ${q(target)}(${name.ko})은(는) VPC 안에서만 접근할 수 있습니다.`,
          },
          nodes: [fn.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
