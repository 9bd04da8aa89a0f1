import { q } from '../context';
import type { Rule } from '../types';

/** The DAX service quota: nodes per cluster (one primary plus up to ten read replicas). */
export const DAX_MAX_NODES = 11;

export const daxTooManyNodes: Rule = {
  id: 'SC5003',
  family: 'caching',
  severity: 'error',
  title: { en: 'DAX cluster above the node quota', ko: 'DAX 노드 수 할당량 초과' },
  description: {
    en: `A DAX cluster has at most ${DAX_MAX_NODES} nodes (one primary and up to ten read replicas); creating a bigger one fails with NodeQuotaForClusterExceededFault.`,
    ko: `DAX 클러스터의 노드는 최대 ${DAX_MAX_NODES}개(기본 노드 1개 + 읽기 복제본 최대 10개)이며, 더 큰 클러스터는 NodeQuotaForClusterExceededFault 오류로 생성에 실패합니다.`,
  },
  fix: {
    en: `Use at most ${DAX_MAX_NODES} nodes; for more read throughput choose a larger node type.`,
    ko: `노드를 ${DAX_MAX_NODES}개 이하로 하고, 더 많은 읽기 처리량이 필요하면 더 큰 노드 유형을 선택하세요.`,
  },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html#DAX.concepts.clusters',
  *check(ctx) {
    for (const dax of ctx.index.ofKind('dax')) {
      const n = ctx.num(dax, 'replicationFactor');
      if (!(n > DAX_MAX_NODES)) continue;
      yield {
        message: { en: `${q(dax)} has ${n} nodes; the maximum is ${DAX_MAX_NODES}.`, ko: `${q(dax)}의 노드가 ${n}개입니다. 최대 ${DAX_MAX_NODES}개입니다.` },
        nodes: [dax.id],
      };
    }
  },
};
