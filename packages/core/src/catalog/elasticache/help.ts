import type { KindHelp } from '../kind';

/** The help texts of the elasticache kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    engine: {
      en: 'Redis OSS and Valkey replicate and fail over; Memcached is a simple multi-threaded cache with no replication or persistence.',
      ko: 'Redis OSS와 Valkey는 복제와 장애 조치를 지원하고, Memcached는 복제나 영속성이 없는 단순한 멀티스레드 캐시입니다.',
    },
    purpose: {
      en: 'A session store keeps user sessions outside the web servers so any instance can serve any user; a query cache sits in front of a database.',
      ko: '세션 저장소는 사용자 세션을 웹 서버 밖에 보관해 어느 인스턴스든 요청을 처리할 수 있게 하고, 쿼리 캐시는 데이터베이스 앞에서 결과를 캐싱합니다.',
    },
    replicas: {
      en: 'Replicas per shard (Redis/Valkey). At least one gives automatic failover across Availability Zones. For Memcached: extra nodes (1 + replicas nodes), not copies.',
      ko: '샤드당 복제본 수(Redis/Valkey)입니다. 1개 이상이면 가용 영역 간 자동 장애 조치가 가능합니다. Memcached에서는 복사본이 아닌 추가 노드 수(노드 = 1 + 복제본)입니다.',
    },
    nodeType: {
      en: 'Size of each cache node.',
      ko: '각 캐시 노드의 크기입니다.',
    },
  },
};
