/** How callers reach a bucket: object read/write and listing, the bucket key when SSE-KMS, and its name. */
import { getAtt, names, propString, ref, sub } from '../../cfn/context';
import type { ReachFacet } from '../kind';

export const s3Reach: ReachFacet = {
  gatewayEndpoint: { id: 'S3Endpoint', service: 'S3' },
  iam(node, ctx) {
    const bid = ctx.id(node.id);
    const out = [
      { Sid: `Objects${bid}`.slice(0, 100), Effect: 'Allow', Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], Resource: sub(`\${${bid}.Arn}/*`) },
      { Sid: `List${bid}`.slice(0, 100), Effect: 'Allow', Action: 's3:ListBucket', Resource: getAtt(bid, 'Arn') },
    ];
    if (propString(node, 'encryption', 'SSE-S3') === 'SSE-KMS') {
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
