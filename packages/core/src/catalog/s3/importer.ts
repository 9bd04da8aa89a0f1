/** S3 buckets read back from a template. */
import { join, policyDocument, sub } from '../../cfn/context';
import { getPath, setPath } from '../../import/edit';
import { list, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const s3Importer: ImportFacet = {
  claims: (r) => r.type === 'AWS::S3::Bucket',
  derived: { 'AWS::S3::BucketPolicy': ['Bucket'], 'AWS::KMS::Key': [] },
  edit: {
    write: {
      versioning: (v, held) => setPath(held.primary, ['VersioningConfiguration', 'Status'], v ? 'Enabled' : 'Suspended'),
      encryption(v, held) {
        // SSE-KMS with the AWS managed key when the template names no key of its own.
        const rule =
          v === 'SSE-KMS'
            ? { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }
            : { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } };
        setPath(held.primary, ['BucketEncryption', 'ServerSideEncryptionConfiguration'], [rule]);
      },
    },
    connectIn(source, _edge, held, ctx) {
      // Callers that read and write objects get their IAM statements on their own role.
      if (source.kind !== 'cloudfront') return true;
      if (source.imported) return false;
      // A new distribution reads the bucket through origin access control: one statement in the bucket's policy.
      const arn = { 'Fn::GetAtt': [held.primary.id, 'Arn'] };
      const statement = {
        Sid: `AllowCloudFrontRead${ctx.id(source.id)}`.slice(0, 100),
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: join('', [arn, '/*']),
        Condition: { StringEquals: { 'AWS:SourceArn': sub(`arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${ctx.id(source.id)}}`) } },
      };
      // A bucket has one policy: append to it, whether the bucket holds it or the template names the bucket another way (by BucketName).
      const name = getPath(held.primary, ['BucketName']);
      const sameBucket = (b: unknown) =>
        JSON.stringify(b) === JSON.stringify({ Ref: held.primary.id }) || (name !== undefined && JSON.stringify(b) === JSON.stringify(name));
      const policy =
        held.ofType('AWS::S3::BucketPolicy')[0]?.resource ??
        [...ctx.resources.values()].find((r) => r.Type === 'AWS::S3::BucketPolicy' && sameBucket(rec(r.Properties)['Bucket']));
      if (policy) {
        const props = rec(policy['Properties']);
        const doc = rec(props['PolicyDocument']);
        policy['Properties'] = { ...props, PolicyDocument: { ...doc, Statement: [...list(doc['Statement']), statement] } };
      } else {
        ctx.add(
          `${held.primary.id}Policy`,
          { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: held.primary.id }, PolicyDocument: policyDocument([statement]) } },
          source.id,
        );
      }
      return true;
    },
  },
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
