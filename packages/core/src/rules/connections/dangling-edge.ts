import { edgeEnds } from '../helpers';
import type { Rule } from '../types';

/** An edge whose source or target is not in the design (possible in designs built in memory). */
export const danglingEdge: Rule = {
  id: 'SC1003',
  family: 'connections',
  severity: 'error',
  title: { en: 'Edge to a missing component', ko: '없는 구성 요소에 대한 연결' },
  description: {
    en: 'An edge becomes a reference (Ref / GetAtt) or a security-group rule in the template; a reference to a resource that is not in the template makes CloudFormation reject it.',
    ko: '연결은 템플릿에서 참조(Ref / GetAtt)나 보안 그룹 규칙이 됩니다. 템플릿에 없는 리소스를 참조하면 CloudFormation이 템플릿을 거부합니다.',
  },
  fix: { en: 'Delete the edge or add the missing component back.', ko: '연결을 삭제하거나 빠진 구성 요소를 다시 추가하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html',
  *check(ctx) {
    const { sources, targets } = edgeEnds(ctx);
    for (let i = 0; i < ctx.design.edges.length; i++) {
      const edge = ctx.design.edges[i]!;
      if (sources[i] && targets[i]) continue;
      const missing = [edge.source, edge.target].filter((id) => !ctx.node(id));
      const names = [...new Set(missing)].map((id) => `“${id}”`).join(', ');
      yield {
        message: {
          en: `Edge “${edge.id}” points at ${names}, which is not in the design.`,
          ko: `연결 “${edge.id}”이(가) 설계에 없는 ${names}을(를) 가리킵니다.`,
        },
        nodes: [edge.source, edge.target].filter((id) => ctx.node(id)),
        edges: [edge.id],
      };
    }
  },
};
