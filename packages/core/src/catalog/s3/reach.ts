/** How callers reach a bucket: object read/write and listing, the bucket key when SSE-KMS, and its name. */
import { type CfnObject, getAtt, names, propString, ref, sub } from '../../cfn/context';
import { list, rec } from '../../import/values';
import type { ReachFacet } from '../kind';

export const s3Reach: ReachFacet = {
  gatewayEndpoint: { id: 'S3Endpoint', service: 'S3' },
  iam(node, ctx) {
    const bid = ctx.id(node.id);
    const out: CfnObject[] = [
      { Sid: `Objects${bid}`.slice(0, 100), Effect: 'Allow', Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], Resource: sub(`\${${bid}.Arn}/*`) },
      { Sid: `List${bid}`.slice(0, 100), Effect: 'Allow', Action: 's3:ListBucket', Resource: getAtt(bid, 'Arn') },
    ];
    const held = ctx.held(node.id);
    if (held) {
      // An imported bucket: its own key, if the template names one (the AWS managed key needs no statement).
      const encryption = rec(rec(ctx.resourceOf(node.id)?.Properties)['BucketEncryption']);
      const key = rec(rec(list(encryption['ServerSideEncryptionConfiguration'])[0])['ServerSideEncryptionByDefault'])['KMSMasterKeyID'];
      if (key !== undefined) out.push({ Sid: `Key${bid}`.slice(0, 100), Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: key });
    } else if (propString(node, 'encryption', 'SSE-S3') === 'SSE-KMS') {
      out.push({
        Sid: `Key${bid}`.slice(0, 100),
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: getAtt(names.bucketKey(bid), 'Arn'),
      });
    }
    return out;
  },
  env: (node, ctx) => [{ name: 'BUCKET', value: ref(ctx.id(node.id)) }],
  cdk: {
    wire: (caller, _callerId, node, ctx) => [`${ctx.v(node.id)}.grantReadWrite(${caller});`],
    env: (node, ctx) => [{ name: 'BUCKET', template: `\${${ctx.v(node.id)}.bucketName}` }],
  },
};
