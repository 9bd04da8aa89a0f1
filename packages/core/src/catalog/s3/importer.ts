/** S3 buckets read back from a template. */
import { list, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const s3Importer: ImportFacet = {
  claims: (r) => r.type === 'AWS::S3::Bucket',
  derived: { 'AWS::S3::BucketPolicy': ['Bucket'], 'AWS::KMS::Key': [] },
  readProps(r, { reader }) {
    const p = r.view;
    const status = rec(p['VersioningConfiguration'])['Status'];
    reader.set(
      'versioning',
      status === undefined ? false : status === 'Enabled' ? true : status === 'Suspended' ? false : undefined,
      'VersioningConfiguration.Status',
      status,
    );
    const rule = rec(list(rec(p['BucketEncryption'])['ServerSideEncryptionConfiguration'])[0]);
    const algo = rec(rule['ServerSideEncryptionByDefault'])['SSEAlgorithm'];
    if (algo !== undefined) {
      const value = algo === 'AES256' ? 'SSE-S3' : typeof algo === 'string' && algo.startsWith('aws:kms') ? 'SSE-KMS' : undefined;
      reader.set('encryption', value, 'BucketEncryption…SSEAlgorithm', algo);
    }
  },
};
