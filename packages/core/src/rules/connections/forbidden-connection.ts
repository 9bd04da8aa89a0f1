import { canConnect, catalog } from '../../catalog/index';
import { q } from '../context';
import { edgeEnds } from '../helpers';
import type { Rule } from '../types';
import { isInternetToDataStore } from './data-store-from-internet';

/** An edge the catalog does not allow (the canvas refuses it too; files and code can still hold one). */
export const forbiddenConnection: Rule = {
  id: 'SC1001',
  family: 'connections',
  severity: 'error',
  title: { en: 'Connection not allowed', ko: '허용되지 않는 연결' },
  description: {
    en: 'Every edge must be a connection the two AWS services support, e.g. a load balancer targets an Auto Scaling group and DAX reads through to DynamoDB. Any other edge has no CloudFormation equivalent and cannot be exported.',
    ko: '모든 연결은 두 AWS 서비스가 지원하는 연결이어야 합니다(예: 로드 밸런서 → Auto Scaling 그룹, DAX → DynamoDB). 그 밖의 연결은 CloudFormation으로 표현할 수 없어 내보낼 수 없습니다.',
  },
  fix: {
    en: 'Delete the edge, or connect the services in the direction of the request (caller → callee) as the component allows.',
    ko: '연결을 삭제하거나, 구성 요소가 허용하는 방향(호출하는 쪽 → 호출받는 쪽)으로 다시 연결하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html',
  *check(ctx) {
    const { sources, targets } = edgeEnds(ctx);
    for (let i = 0; i < ctx.design.edges.length; i++) {
      const edge = ctx.design.edges[i]!;
      const s = sources[i];
      const t = targets[i];
      if (!s || !t || isInternetToDataStore(s.kind, t.kind)) continue;
      if (!catalog[s.kind] || !catalog[t.kind] || canConnect(s.kind, t.kind)) continue;
      const message = {
        en: `${q(s)} → ${q(t)} is not a connection AWS supports. ${catalog[s.kind].connectionHint.en}`,
        ko: `${q(s)} → ${q(t)}는 지원되지 않는 연결입니다. ${catalog[s.kind].connectionHint.ko}`,
      };
      yield { message, nodes: [s.id, t.id], edges: [edge.id] };
    }
  },
};
