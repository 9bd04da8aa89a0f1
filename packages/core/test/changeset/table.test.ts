/**
 * The replacement table: generated from the installed `@aws-cdk/aws-service-spec` (stale = fail),
 * small enough for the browser, loaded only by the change-set code; the data-holding list agrees
 * with the spec's `isStateful`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';
import { describe, expect, it } from 'vitest';
import {
  allDataHolding,
  DATA_HOLDING,
  MESSAGES,
  NOT_DATA_HOLDING,
  REPLACEMENT_SOURCE,
  customNameProperties,
  isKnownType,
  josa,
  replacementMarker,
} from '../../src/changeset/index';
import { TABLE } from '../../src/changeset/replacement-table';

const root = join(__dirname, '../../../..');
const script = join(root, 'scripts/gen-replacement-table.ts');
const check = (...args: string[]) => spawnSync('pnpm', ['exec', 'tsx', script, '--check', ...args], { cwd: root, encoding: 'utf8' });

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('replacement table', () => {
  it('is what scripts/gen-replacement-table.ts makes from the installed spec, and the check catches a stale copy', () => {
    const fresh = check();
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    const stale = join(mkdtempSync(join(tmpdir(), 'sc-table-')), 'table.ts');
    writeFileSync(stale, readFileSync(join(root, 'packages/core/src/changeset/replacement-table.ts'), 'utf8').replace("KeySchema: 'T'", "KeySchema: 'C'"));
    const r = check('--file', stale);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is stale: run pnpm exec tsx scripts\/gen-replacement-table\.ts/);
  }, 60_000);

  it('holds every resource type of the spec, within 60 KB gzip', async () => {
    const db = await loadAwsServiceSpec();
    const types = db.all('resource').map((r) => r.cloudFormationType);
    expect(Object.keys(TABLE).length).toBe(types.length);
    for (const t of ['AWS::DynamoDB::Table', 'AWS::DAX::Cluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::WAFv2::WebACL'])
      expect(isKnownType(t)).toBe(true);
    expect(gzipSync(JSON.stringify(TABLE), { level: 9 }).length).toBeLessThan(60 * 1024);
    const version = (JSON.parse(readFileSync(join(root, 'node_modules/@aws-cdk/aws-service-spec/package.json'), 'utf8')) as { version: string }).version;
    expect(REPLACEMENT_SOURCE).toBe(`@aws-cdk/aws-service-spec@${version}`);
  });

  it('says what the CloudFormation reference says for the properties the known answers rely on', () => {
    expect(replacementMarker('AWS::DynamoDB::Table', 'KeySchema')).toBe('T');
    expect(replacementMarker('AWS::DynamoDB::Table', 'BillingMode')).toBeUndefined();
    expect(replacementMarker('AWS::AutoScaling::AutoScalingGroup', 'MaxSize')).toBeUndefined();
    expect(replacementMarker('AWS::DAX::Cluster', 'ReplicationFactor')).toBeUndefined();
    expect(replacementMarker('AWS::DAX::Cluster', 'NodeType')).toBe('T');
    expect(replacementMarker('AWS::ElasticLoadBalancingV2::TargetGroup', 'TargetGroupAttributes')).toBeUndefined();
    expect(replacementMarker('AWS::RDS::DBInstance', 'Engine')).toBe('C');
  });

  it('derives the custom-name properties (and not the ARN a resource policy attaches to)', () => {
    expect(customNameProperties('AWS::DynamoDB::Table')).toEqual(['TableName']);
    expect(customNameProperties('AWS::S3::Bucket')).toEqual(['BucketName']);
    expect(customNameProperties('AWS::RDS::DBInstance')).toEqual(['DBInstanceIdentifier']);
    expect(customNameProperties('AWS::ElastiCache::ReplicationGroup')).toEqual(['ReplicationGroupId']);
    expect(customNameProperties('AWS::ElastiCache::CacheCluster')).toEqual(['ClusterName']);
    expect(customNameProperties('AWS::DAX::Cluster')).toEqual(['ClusterName']);
    expect(customNameProperties('AWS::ElasticLoadBalancingV2::LoadBalancer')).toEqual(['Name']);
    expect(customNameProperties('AWS::EC2::SecurityGroup')).toEqual(['GroupName']);
    expect(customNameProperties('AWS::Lambda::ResourcePolicy')).toEqual([]);
    expect(customNameProperties('AWS::S3::BucketPolicy')).toEqual([]);
  });

  it('is imported only by the change-set code, and @stackcanvas/core does not re-export the change set', () => {
    const src = join(root, 'packages/core/src');
    const importers = sources(src).filter((f) => /from '\.\/replacement-table'|replacement-table'/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => relative(src, f))).toEqual(['changeset/replacement.ts']);
    expect(readFileSync(join(src, 'index.ts'), 'utf8')).not.toMatch(/changeset/);
  });
});

describe('data-holding types', () => {
  it('cover every type the spec marks stateful, except the ones excluded with a reason', async () => {
    const db = await loadAwsServiceSpec();
    const stateful = db
      .all('resource')
      .filter((r) => r.isStateful)
      .map((r) => r.cloudFormationType)
      .sort();
    const all = allDataHolding();
    expect(Object.keys(all).length).toBeGreaterThan(Object.keys(DATA_HOLDING).length);
    expect(stateful.filter((t) => !(t in all) && !(t in NOT_DATA_HOLDING))).toEqual([]);
    expect(Object.keys(all).filter((t) => !isKnownType(t))).toEqual([]);
    for (const [type, d] of Object.entries(all)) {
      expect(d.en, type).toMatch(/^[A-Za-z][A-Za-z ]+$/);
      expect(d.ko, type).toMatch(/[가-힣]/);
    }
  });
});

describe('messages', () => {
  it('have stable, unique codes and text in both languages', () => {
    const codes = Object.keys(MESSAGES);
    expect(codes.every((c) => /^SC-CS-\d{3}$/.test(c))).toBe(true);
    const params = {
      logicalId: 'Orders',
      type: 'AWS::DynamoDB::Table',
      noun: 'table',
      nounKo: '테이블',
      data: 'its items',
      dataKo: '항목',
      reason: 'r',
      reasonKo: 'r',
    };
    for (const [code, m] of Object.entries(MESSAGES)) {
      expect(m.en(params), code).toContain('Orders');
      expect(m.ko(params), code).toMatch(/[가-힣]/);
      expect(m.ko(params), code).not.toContain('undefined');
    }
  });

  it('pick the Korean particle by the final consonant', () => {
    expect(josa('테이블', '이/가')).toBe('테이블이');
    expect(josa('데이터베이스', '이/가')).toBe('데이터베이스가');
    expect(josa('버킷', '은/는')).toBe('버킷은');
    expect(josa('캐시', '은/는')).toBe('캐시는');
    expect(josa('항목', '과/와')).toBe('항목과');
    expect(josa('키(이 키로 암호화한 데이터는 더 이상 복호화할 수 없음)', '이/가')).toBe('키(이 키로 암호화한 데이터는 더 이상 복호화할 수 없음)가');
    expect(josa('파일', '으로/로')).toBe('파일로');
    expect(josa('Orders', '을/를')).toBe('Orders을(를)');
  });
});
