import type { Kind } from '../../catalog/index';
import { q } from '../context';
import type { Rule } from '../types';

/** Caches have their own, more precise rule (SC5004); imported resources are often referenced by nothing. */
const SKIPPED: ReadonlySet<Kind> = new Set<Kind>(['elasticache', 'dax', 'cfn-resource']);

/** A component with no edge at all, in a design of two or more components. */
export const orphanNode: Rule = {
  id: 'SC1006',
  family: 'connections',
  severity: 'warning',
  title: { en: 'Component not connected', ko: '연결되지 않은 구성 요소' },
  description: {
    en: 'A component nothing calls and that calls nothing is still deployed and billed, but no request ever reaches it; usually an edge is missing.',
    ko: '아무것도 호출하지 않고 아무도 호출하지 않는 구성 요소도 배포되고 비용이 발생하지만 요청은 전달되지 않습니다. 대개 연결이 빠진 것입니다.',
  },
  fix: { en: 'Connect it where requests should reach it, or delete it.', ko: '요청이 전달되어야 할 곳에 연결하거나 삭제하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/cost_decomissioning_resources_decommission.html',
  *check(ctx) {
    if (ctx.design.nodes.length < 2) return;
    for (const node of ctx.design.nodes) {
      if (SKIPPED.has(node.kind)) continue;
      if (ctx.index.outgoing(node.id).length || ctx.index.incoming(node.id).length) continue;
      yield {
        message: { en: `${q(node)} is not connected to anything.`, ko: `${q(node)}이(가) 어디에도 연결되어 있지 않습니다.` },
        nodes: [node.id],
      };
    }
  },
};
