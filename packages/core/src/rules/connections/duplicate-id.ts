import type { Rule } from '../types';

/** Two nodes (or two edges) with one id: files refuse it, designs built in memory may not. */
export const duplicateId: Rule = {
  id: 'SC1007',
  family: 'connections',
  severity: 'error',
  title: { en: 'Duplicate id', ko: '중복 ID' },
  description: {
    en: 'Ids name components and connections in the document and fix their logical ids in the template; two elements with one id make edges ambiguous and the template invalid (logical ids must be unique).',
    ko: 'ID는 문서에서 구성 요소와 연결을 가리키고 템플릿의 논리적 ID를 정합니다. 같은 ID가 두 번 있으면 연결이 모호해지고 템플릿이 유효하지 않게 됩니다(논리적 ID는 고유해야 함).',
  },
  fix: { en: 'Give one of them another id.', ko: '둘 중 하나에 다른 ID를 지정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html',
  *check(ctx) {
    const count = (ids: readonly string[]) => {
      const m = new Map<string, number>();
      for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
      return [...m].filter(([, n]) => n > 1);
    };
    // The index keeps one element per id: as many as the design has, no id repeats.
    if (ctx.index.nodes.size < ctx.design.nodes.length)
      for (const [id, n] of count(ctx.design.nodes.map((x) => x.id))) {
        yield { message: { en: `${n} components have the id “${id}”.`, ko: `구성 요소 ${n}개가 같은 ID “${id}”를 사용합니다.` }, nodes: [id] };
      }
    if (ctx.index.edges.size < ctx.design.edges.length)
      for (const [id, n] of count(ctx.design.edges.map((x) => x.id))) {
        yield { message: { en: `${n} connections have the id “${id}”.`, ko: `연결 ${n}개가 같은 ID “${id}”를 사용합니다.` }, edges: [id] };
      }
  },
};
