import { q } from '../context';
import type { Rule } from '../types';
import { originEdges, PATH_PATTERN_DOCS } from '../helpers';

export const duplicatePathPattern: Rule = {
  id: 'SC2004',
  family: 'edge',
  severity: 'error',
  title: { en: 'Duplicate path pattern', ko: '중복 경로 패턴' },
  description: {
    en: 'Each cache behavior of a distribution needs its own path pattern; CloudFront matches the first one in order, so a second behavior with the same pattern is never used, and the API rejects it. A leading / does not count: /images/* and images/* are the same.',
    ko: '배포의 캐시 동작마다 경로 패턴이 달라야 합니다. CloudFront는 순서대로 처음 일치하는 동작을 사용하므로 같은 패턴의 두 번째 동작은 쓰이지 않으며 API가 거부합니다. 앞의 /는 구분하지 않습니다(/images/*와 images/*는 같음).',
  },
  fix: { en: 'Change or clear one of the path patterns.', ko: '경로 패턴 중 하나를 바꾸거나 비우세요.' },
  docsUrl: PATH_PATTERN_DOCS,
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      // Made for a distribution with two path patterns or more (most have one at most).
      let patterned = 0;
      for (const o of originEdges(ctx, cdn)) if (typeof o.pattern === 'string' && o.pattern !== '') patterned++;
      if (patterned < 2) continue;
      const groups = new Map<string, string[]>();
      const targets = new Map<string, string>();
      for (const o of originEdges(ctx, cdn)) {
        if (typeof o.pattern !== 'string' || o.pattern === '') continue;
        const key = o.pattern.replace(/^\//, '');
        (groups.get(key) ?? groups.set(key, []).get(key)!).push(o.edge.id);
        targets.set(o.edge.id, o.target.id);
      }
      for (const [key, edges] of groups) {
        if (edges.length < 2) continue;
        yield {
          message: {
            en: `${q(cdn)} has ${edges.length} behaviors with the path pattern “/${key}”.`,
            ko: `${q(cdn)}에 경로 패턴 “/${key}”인 동작이 ${edges.length}개 있습니다.`,
          },
          nodes: [cdn.id, ...new Set(edges.map((e) => targets.get(e)!))],
          edges,
        };
      }
    }
  },
};
