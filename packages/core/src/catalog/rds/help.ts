import type { KindHelp } from '../kind';

/** The help texts of the rds kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    engine: {
      en: 'Database engine.',
      ko: '데이터베이스 엔진입니다.',
    },
    multiAz: {
      en: 'A synchronous standby in another Availability Zone with automatic failover.',
      ko: '다른 가용 영역에 동기식 대기 인스턴스를 두어 자동 장애 조치를 제공합니다.',
    },
    instanceClass: {
      en: 'Compute and memory of the database instance.',
      ko: '데이터베이스 인스턴스의 컴퓨팅 및 메모리 크기입니다.',
    },
    allocatedStorage: {
      en: 'Allocated gp3 storage in GiB.',
      ko: '할당할 gp3 스토리지(GiB)입니다.',
    },
    databaseName: {
      en: 'Name of the database created with the instance.',
      ko: '인스턴스와 함께 생성할 데이터베이스 이름입니다.',
    },
    backupRetentionDays: {
      en: 'Days of automated backups (0 turns them off).',
      ko: '자동 백업 보존 일수입니다(0이면 비활성화).',
    },
  },
};
