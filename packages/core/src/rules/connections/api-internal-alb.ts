import { q } from '../context';
import type { Rule } from '../types';

/** An API Gateway REST API integrating an internal load balancer: reachable only through a VPC link, which the export does not create. */
export const apiInternalAlb: Rule = {
  id: 'SC1009',
  family: 'connections',
  severity: 'error',
  title: { en: 'API Gateway integrates an internal load balancer', ko: 'API Gateway가 내부 로드 밸런서와 통합' },
  description: {
    en: 'A REST API calls an HTTP integration from outside your VPC, so an internal Application Load Balancer (no public address) is reachable only through a VPC link, a private integration the export does not create. The deployed route would fail on every request.',
    ko: 'REST API는 VPC 밖에서 HTTP 통합을 호출하므로, 퍼블릭 주소가 없는 내부 Application Load Balancer에는 VPC 링크(프라이빗 통합)로만 접근할 수 있으며 내보내기는 이를 만들지 않습니다. 배포된 경로는 모든 요청에서 실패합니다.',
  },
  fix: {
    en: 'Make the load balancer internet-facing, or put a Lambda function between the API and the services behind the load balancer.',
    ko: '로드 밸런서를 인터넷 연결로 바꾸거나, API와 로드 밸런서 뒤의 서비스 사이에 Lambda 함수를 두세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
  *check(ctx) {
    for (const api of ctx.index.ofKind('apigateway')) {
      for (const { edge, target } of ctx.callees(api)) {
        if (target.kind !== 'alb' || ctx.prop(target, 'internetFacing') !== false) continue;
        yield {
          message: {
            en: `${q(target)} is internal: ${q(api)} could reach it only through a VPC link, which the export does not create.`,
            ko: `${q(target)}은(는) 내부 로드 밸런서이므로 ${q(api)}은(는) VPC 링크로만 접근할 수 있으며, 내보내기는 VPC 링크를 만들지 않습니다.`,
          },
          nodes: [api.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
