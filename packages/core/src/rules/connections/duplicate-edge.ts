import type { DesignEdge } from '../../model/types';
import { q } from '../context';
import type { RuleContext, Rule } from '../types';

/** The same source → target twice (with the same path pattern: two behaviors to one origin are fine). */
export const duplicateEdge: Rule = {
  id: 'SC1004',
  family: 'connections',
  severity: 'error',
  title: { en: 'Duplicate connection', ko: '중복 연결' },
  description: {
    en: 'Two identical edges put the same inbound rule twice in a security group (EC2 rejects it: the same permission must not appear multiple times) or the same origin twice in a distribution, so the stack fails to create.',
    ko: '같은 연결이 두 번 있으면 보안 그룹에 같은 인바운드 규칙이 두 번(EC2가 거부함), 또는 배포에 같은 오리진이 두 번 들어가 스택 생성이 실패합니다.',
  },
  fix: { en: 'Delete one of the two edges.', ko: '두 연결 중 하나를 삭제하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  *check(ctx) {
    if (!mayRepeat(ctx)) return;
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

const patternOf = (edge: DesignEdge) => {
  const pattern = edge.props?.['pathPattern'];
  return typeof pattern === 'string' ? pattern : null;
};

/**
 * Whether two edges may share a source, a target and a path pattern: false only when none do.
 * Such edges are in one list of the index (edges leaving their source), mostly short ones, so a
 * design without duplicates is told apart without a key per edge.
 */
function mayRepeat(ctx: RuleContext): boolean {
  for (const edge of ctx.design.edges) {
    const list = ctx.index.outgoing(edge.source);
    // Each list once: at its first edge.
    if (list.length < 2 || list[0] !== edge) continue;
    if (list.length > 16) return true;
    for (let i = 1; i < list.length; i++) {
      const a = list[i]!;
      for (let j = 0; j < i; j++) {
        const b = list[j]!;
        if (a.target === b.target && patternOf(a) === patternOf(b)) return true;
      }
    }
  }
  return false;
}
