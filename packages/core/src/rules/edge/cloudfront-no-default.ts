import { q } from '../context';
import type { Rule } from '../types';
import { originEdges } from '../helpers';

export const cloudfrontNoDefault: Rule = {
  id: 'SC2003',
  family: 'edge',
  severity: 'error',
  title: { en: 'No default behavior', ko: '기본 동작 없음' },
  description: {
    en: 'Requests that match no path pattern go to the default cache behavior, which CloudFormation requires (DefaultCacheBehavior). When every origin edge has a path pattern there is none.',
    ko: '어떤 경로 패턴과도 일치하지 않는 요청은 기본 캐시 동작으로 전달되며, CloudFormation은 이를 필수로 요구합니다(DefaultCacheBehavior). 모든 오리진 연결에 경로 패턴이 있으면 기본 동작이 없습니다.',
  },
  fix: {
    en: 'Clear the path pattern of the origin that should receive every other request.',
    ko: '나머지 모든 요청을 받을 오리진 연결의 경로 패턴을 비우세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html',
  *check(ctx) {
    for (const cdn of ctx.index.ofKind('cloudfront')) {
      const origins = originEdges(ctx, cdn);
      if (origins.length === 0 || origins.some((o) => o.pattern === undefined)) continue;
      yield {
        message: {
          en: `Every origin of ${q(cdn)} has a path pattern: there is no default behavior (*).`,
          ko: `${q(cdn)}의 모든 오리진에 경로 패턴이 있어 기본 동작(*)이 없습니다.`,
        },
        nodes: [cdn.id],
        edges: origins.map((o) => o.edge.id),
      };
    }
  },
};
