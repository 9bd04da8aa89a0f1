/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitLogBucket, emitS3 } from './cfn';
import { s3Cdk, s3LogBucketCdk } from './cdk';
import { s3Importer } from './importer';
import { s3Reach } from './reach';

export const facets: KindFacets = {
  cfn: {
    emit: emitS3,
    resources: {
      'AWS::S3::Bucket': { primary: true, tags: 'standard', holdsData: { en: 'bucket', ko: '버킷', dataEn: 'its objects', dataKo: '객체' } },
      'AWS::S3::BucketPolicy': {},
      'AWS::KMS::Key': { tags: 'standard' },
    },
  },
  cdk: { ...s3Cdk, idSuffix: 'Bucket', primaryResources: () => ['AWS::S3::Bucket'] },
  importer: s3Importer,
  reach: s3Reach,
  logStore: { resourceType: 'AWS::S3::Bucket', flowLogDestinationType: 's3', cfn: emitLogBucket, cdk: s3LogBucketCdk },
};
