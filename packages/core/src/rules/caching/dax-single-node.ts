import { q } from '../context';
import type { Rule } from '../types';

export const daxSingleNode: Rule = {
  id: 'SC5002',
  family: 'caching',
  severity: 'warning',
  title: { en: 'Single-node DAX cluster', ko: '노드 하나인 DAX 클러스터' },
  description: {
    en: 'A one-node DAX cluster has no read replica to fail over to: when the node fails, every read goes to DynamoDB (or fails) until it is replaced. AWS recommends at least three nodes in different Availability Zones for production.',
    ko: '노드가 하나인 DAX 클러스터는 장애 조치할 읽기 복제본이 없어, 노드 장애 시 교체될 때까지 모든 읽기가 실패하거나 DynamoDB로 향합니다. AWS는 운영 환경에 서로 다른 가용 영역의 노드 3개 이상을 권장합니다.',
  },
  fix: { en: 'Set the DAX cluster to 3 nodes.', ko: 'DAX 노드 수를 3으로 설정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html',
  *check(ctx) {
    for (const dax of ctx.index.ofKind('dax')) {
      if (ctx.num(dax, 'replicationFactor') !== 1) continue;
      yield {
        message: { en: `${q(dax)} has a single node: no high availability.`, ko: `${q(dax)}은(는) 노드가 하나뿐이라 고가용성이 없습니다.` },
        nodes: [dax.id],
      };
    }
  },
};
