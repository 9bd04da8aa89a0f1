import type { KindHelp } from '../kind';

/** The help texts of the dax kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    replicationFactor: {
      en: 'Nodes in the cluster (one primary, the rest read replicas). AWS recommends at least three for production, spread over Availability Zones; the service maximum is 11.',
      ko: '클러스터의 노드 수(기본 노드 1개 + 읽기 복제본)입니다. 운영 환경에는 가용 영역에 분산된 3개 이상을 권장하며, 서비스 최대값은 11입니다.',
    },
    nodeType: {
      en: 'Size of each DAX node.',
      ko: '각 DAX 노드의 크기입니다.',
    },
  },
};
