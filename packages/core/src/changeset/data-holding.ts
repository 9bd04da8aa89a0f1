/**
 * Resource types that hold data a replacement or a removal destroys, with the noun a warning
 * uses for them: the catalog's kinds declare their own (`holdsData` in their facets); this table
 * covers every other type. A test checks that the two together cover every type
 * `@aws-cdk/aws-service-spec` marks `isStateful` except the ones in `NOT_DATA_HOLDING`, each with
 * its reason. `snapshot`: `DeletionPolicy`/`UpdateReplacePolicy: Snapshot` works (the
 * DeletionPolicy page of the CloudFormation user guide lists EC2::Volume, ElastiCache,
 * Neptune::DBCluster, RDS, Redshift::Cluster); elsewhere Snapshot keeps nothing.
 */
import { resourceTypes } from '../catalog/index';
import type { DataHolding } from '../catalog/kind';

export type { DataHolding };

const DATABASE = { en: 'database', ko: '데이터베이스', dataEn: 'its data', dataKo: '데이터' } as const;
const CACHE = {
  en: 'cache',
  ko: '캐시',
  dataEn: 'the cached data (for a session store: every session)',
  dataKo: '캐시된 데이터(세션 저장소라면 모든 세션)',
} as const;

export const DATA_HOLDING: Readonly<Record<string, DataHolding>> = {
  'AWS::Backup::BackupVault': { en: 'backup vault', ko: '백업 볼트', dataEn: 'its recovery points', dataKo: '복구 지점' },
  'AWS::Cassandra::Table': { en: 'table', ko: '테이블', dataEn: 'its rows', dataKo: '행' },
  'AWS::Cognito::UserPool': { en: 'user pool', ko: '사용자 풀', dataEn: 'its users', dataKo: '사용자' },
  'AWS::DocDB::DBCluster': DATABASE,
  'AWS::DocDB::DBInstance': DATABASE,
  'AWS::DynamoDB::GlobalTable': { en: 'table', ko: '테이블', dataEn: 'its items', dataKo: '항목' },
  'AWS::EC2::Volume': { en: 'volume', ko: '볼륨', dataEn: 'its data', dataKo: '데이터', snapshot: true },
  'AWS::EFS::FileSystem': { en: 'file system', ko: '파일 시스템', dataEn: 'its files', dataKo: '파일' },
  'AWS::EMR::Cluster': { en: 'cluster', ko: '클러스터', dataEn: 'the data on its nodes', dataKo: '노드의 데이터' },
  'AWS::ElastiCache::ServerlessCache': CACHE,
  'AWS::Elasticsearch::Domain': { en: 'search domain', ko: '검색 도메인', dataEn: 'its indexes', dataKo: '인덱스' },
  'AWS::FSx::FileSystem': { en: 'file system', ko: '파일 시스템', dataEn: 'its files', dataKo: '파일' },
  'AWS::KMS::Key': {
    en: 'encryption key',
    ko: '암호화 키',
    dataEn: 'the key (data encrypted with it can no longer be decrypted)',
    dataKo: '키(이 키로 암호화한 데이터는 더 이상 복호화할 수 없음)',
  },
  'AWS::Kinesis::Stream': { en: 'stream', ko: '스트림', dataEn: 'its unread records', dataKo: '읽지 않은 레코드' },
  'AWS::Logs::LogGroup': { en: 'log group', ko: '로그 그룹', dataEn: 'its logs', dataKo: '로그' },
  'AWS::MemoryDB::Cluster': DATABASE,
  'AWS::Neptune::DBCluster': { ...DATABASE, snapshot: true },
  'AWS::Neptune::DBInstance': DATABASE,
  'AWS::OpenSearchService::Domain': { en: 'search domain', ko: '검색 도메인', dataEn: 'its indexes', dataKo: '인덱스' },
  'AWS::QLDB::Ledger': { en: 'ledger', ko: '원장', dataEn: 'its journal', dataKo: '저널' },
  'AWS::RDS::DBCluster': { ...DATABASE, snapshot: true },
  'AWS::Redshift::Cluster': { en: 'data warehouse', ko: '데이터 웨어하우스', dataEn: 'its data', dataKo: '데이터', snapshot: true },
  'AWS::SDB::Domain': { en: 'SimpleDB domain', ko: 'SimpleDB 도메인', dataEn: 'its items', dataKo: '항목' },
  'AWS::SQS::Queue': { en: 'queue', ko: '대기열', dataEn: 'its waiting messages', dataKo: '대기 중인 메시지' },
  'AWS::SecretsManager::Secret': { en: 'secret', ko: '보안 암호', dataEn: 'the secret value', dataKo: '보안 암호 값' },
  'AWS::Timestream::Database': DATABASE,
  'AWS::Timestream::Table': { en: 'table', ko: '테이블', dataEn: 'its records', dataKo: '레코드' },
};

/** Types the spec marks stateful that hold no data of the user's in the sense above. */
export const NOT_DATA_HOLDING: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'a nested stack: its own resources carry their own policies and warnings',
  'AWS::Organizations::Account': 'an AWS account is closed, not deleted with data, and has its own safeguards',
};

/** What a type holds: the kind's own declaration, else this table's. */
export function dataHolding(type: string): DataHolding | undefined {
  const declared = resourceTypes().get(type)?.holdsData;
  if (declared) return declared;
  return Object.prototype.hasOwnProperty.call(DATA_HOLDING, type) ? DATA_HOLDING[type] : undefined;
}

/** Every data-holding type: the kinds' and this table's. */
export function allDataHolding(): Readonly<Record<string, DataHolding>> {
  const out: Record<string, DataHolding> = { ...DATA_HOLDING };
  for (const [type, info] of resourceTypes()) if (info.holdsData) out[type] = info.holdsData;
  return out;
}
