import { q } from '../context';
import type { Rule } from '../types';
import { originEdges } from '../helpers';

export const cloudfrontMultipleDefaults: Rule = {
  id: 'SC2002',
  family: 'edge',
  severity: 'error',
  title: { en: 'More than one default behavior', ko: '기본 동작이 둘 이상' },
  description: {
    en: 'A distribution has exactly one default cache behavior (path pattern *); every other origin needs its own path pattern, or CloudFront cannot tell which origin a request goes to.',
    ko: '배포에는 기본 캐시 동작(경로 패턴 *)이 정확히 하나 있습니다. 나머지 오리진에는 각자의 경로 패턴이 있어야 CloudFront가 요청을 어느 오리진으로 보낼지 정할 수 있습니다.',
  },
  fix: {
    en: 'Give every origin edge but one a path pattern (e.g. /static/* for the S3 bucket).',
    ko: '오리진 연결 하나를 제외한 모든 연결에 경로 패턴을 지정하세요(예: S3 버킷에는 /static/*).',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html',
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      const defaults = originEdges(ctx, cdn).filter((o) => o.pattern === undefined);
      if (defaults.length < 2) continue;
      yield {
        message: {
          en: `${q(cdn)} sends the default behavior (*) to ${defaults.length} origins: ${defaults.map((o) => q(o.target)).join(', ')}.`,
          ko: `${q(cdn)}의 기본 동작(*)이 오리진 ${defaults.length}개(${defaults.map((o) => q(o.target)).join(', ')})로 향합니다.`,
        },
        nodes: [cdn.id, ...defaults.map((o) => o.target.id)],
        edges: defaults.map((o) => o.edge.id),
      };
    }
  },
};
