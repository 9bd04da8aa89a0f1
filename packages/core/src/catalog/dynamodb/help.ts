import type { KindHelp } from '../kind';

/** The help texts of the dynamodb kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    billingMode: {
      en: 'On-demand pays per request and needs no capacity planning; provisioned fixes read/write capacity units.',
      ko: '온디맨드는 요청당 과금되어 용량 계획이 필요 없고, 프로비저닝은 읽기/쓰기 용량 단위를 고정합니다.',
    },
    readCapacity: {
      en: 'Used in provisioned mode only.',
      ko: '프로비저닝 모드에서만 사용합니다.',
    },
    writeCapacity: {
      en: 'Used in provisioned mode only.',
      ko: '프로비저닝 모드에서만 사용합니다.',
    },
    partitionKey: {
      en: 'Name of the partition (hash) key attribute, a string.',
      ko: '파티션(해시) 키 속성의 이름(문자열)입니다.',
    },
    sortKey: {
      en: 'Optional sort (range) key attribute, a string.',
      ko: '선택 사항인 정렬(범위) 키 속성(문자열)입니다.',
    },
    pointInTimeRecovery: {
      en: 'Continuous backups for the last 35 days.',
      ko: '최근 35일 동안 연속 백업을 유지합니다.',
    },
  },
};
