import type { I18n } from '../../catalog/types';
import { q } from '../context';
import type { Rule } from '../types';
import { originEdges, PATH_PATTERN_DOCS } from '../helpers';

/** Characters CloudFront accepts in a path pattern (Developer Guide, "Path pattern"). */
const ALLOWED = /^[A-Za-z0-9_\-.*$/~"'@:+&=?%!]+$/;
const MAX = 255;

/** Why a path pattern is malformed, or undefined when it is fine. */
export function pathPatternProblem(pattern: unknown): I18n | undefined {
  if (typeof pattern !== 'string') return { en: 'is not text', ko: '텍스트가 아닙니다' };
  if (pattern.trim() === '')
    return { en: 'is empty (leave the field unset for the default behavior)', ko: '비어 있습니다(기본 동작이면 값을 지정하지 마세요)' };
  if (pattern.length > MAX)
    return { en: `is ${pattern.length} characters long; the maximum is ${MAX}`, ko: `길이가 ${pattern.length}자입니다. 최대 ${MAX}자입니다` };
  if (pattern === '*' || pattern === '/*')
    return { en: 'is the default behavior’s pattern; leave the field unset instead', ko: '기본 동작의 패턴입니다. 대신 값을 지정하지 마세요' };
  if (!ALLOWED.test(pattern)) {
    const bad = [...new Set([...pattern].filter((c) => !ALLOWED.test(c)))].map((c) => (c === ' ' ? '␠' : c)).join(' ');
    return { en: `contains characters CloudFront does not accept: ${bad}`, ko: `CloudFront가 허용하지 않는 문자가 있습니다: ${bad}` };
  }
  return undefined;
}

export const malformedPathPattern: Rule = {
  id: 'SC2005',
  family: 'edge',
  severity: 'error',
  title: { en: 'Malformed path pattern', ko: '잘못된 경로 패턴' },
  description: {
    en: 'A path pattern such as /static/* or *.jpg selects the requests of a cache behavior. CloudFront accepts at most 255 characters from A-Z a-z 0-9 _ - . * $ / ~ " \' @ : + & = ? % !, and * belongs to the default behavior.',
    ko: '/static/* 또는 *.jpg 같은 경로 패턴은 캐시 동작이 처리할 요청을 고릅니다. CloudFront는 A-Z a-z 0-9 _ - . * $ / ~ " \' @ : + & = ? % ! 문자로 된 최대 255자를 허용하며, *는 기본 동작의 패턴입니다.',
  },
  fix: {
    en: 'Write the pattern like /static/* or *.jpg, or clear it for the default behavior.',
    ko: '/static/* 또는 *.jpg 형식으로 작성하거나, 기본 동작이면 비우세요.',
  },
  docsUrl: PATH_PATTERN_DOCS,
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      for (const o of originEdges(ctx, cdn)) {
        if (o.pattern === undefined) continue;
        const problem = pathPatternProblem(o.pattern);
        if (!problem) continue;
        const shown = typeof o.pattern === 'string' ? `“${o.pattern.slice(0, 60)}”` : String(o.pattern);
        yield {
          message: {
            en: `The path pattern ${shown} of ${q(cdn)} → ${q(o.target)} ${problem.en}.`,
            ko: `${q(cdn)} → ${q(o.target)}의 경로 패턴 ${shown}이(가) ${problem.ko}.`,
          },
          nodes: [cdn.id, o.target.id],
          edges: [o.edge.id],
        };
      }
    }
  },
};
