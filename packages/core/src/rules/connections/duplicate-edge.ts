import { q } from '../context';
import type { Rule } from '../types';

/** The same source → target twice (with the same path pattern: two behaviors to one origin are fine). */
export const duplicateEdge: Rule = {
  id: 'SC1004',
  family: 'connections',
  severity: 'warning',
  title: { en: 'Duplicate connection', ko: '중복 연결' },
  description: {
    en: 'Two identical edges become the same security-group rule or origin twice in the template; CloudFormation refuses a duplicate ingress rule and the diagram says the same thing twice.',
    ko: '같은 연결이 두 번 있으면 템플릿에 같은 보안 그룹 규칙이나 오리진이 두 번 생깁니다. CloudFormation은 중복된 인바운드 규칙을 거부합니다.',
  },
  fix: { en: 'Delete one of the two edges.', ko: '두 연결 중 하나를 삭제하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroupingress.html',
  *check(ctx) {
    const groups = new Map<string, string[]>();
    for (const edge of ctx.design.edges) {
      const pattern = edge.props?.['pathPattern'];
      const key = JSON.stringify([edge.source, edge.target, typeof pattern === 'string' ? pattern : null]);
      const list = groups.get(key);
      if (list) list.push(edge.id);
      else groups.set(key, [edge.id]);
    }
    for (const [key, ids] of groups) {
      if (ids.length < 2) continue;
      const [source, target] = JSON.parse(key) as [string, string];
      const s = ctx.node(source);
      const t = ctx.node(target);
      yield {
        message: {
          en: `${q(s, source)} → ${q(t, target)} is drawn ${ids.length} times.`,
          ko: `${q(s, source)} → ${q(t, target)} 연결이 ${ids.length}번 있습니다.`,
        },
        nodes: [source, target].filter((id) => ctx.node(id)),
        edges: ids,
      };
    }
  },
};
