/** How callers reach a bucket: object read/write and listing, the bucket key when SSE-KMS, and its name. */
import { tsString } from '../../cdk/literal';
import { type CfnObject, getAtt, names, propString, ref, sub } from '../../cfn/context';
import { list, rec } from '../../import/values';
import type { ReachFacet } from '../kind';
import { objectsAck } from './nag';

const OBJECT_ACTIONS = ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'];
const KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'];

export const s3Reach: ReachFacet = {
  gatewayEndpoint: { id: 'S3Endpoint', service: 'S3' },
  iam(node, ctx) {
    const bid = ctx.id(node.id);
    const out: CfnObject[] = [
      { Sid: `Objects${bid}`.slice(0, 100), Effect: 'Allow', Action: OBJECT_ACTIONS, Resource: sub(`\${${bid}.Arn}/*`) },
      { Sid: `List${bid}`.slice(0, 100), Effect: 'Allow', Action: 's3:ListBucket', Resource: getAtt(bid, 'Arn') },
    ];
    const held = ctx.held(node.id);
    if (held) {
      // An imported bucket: its own key, if the template names one (the AWS managed key needs no statement).
      const encryption = rec(rec(ctx.resourceOf(node.id)?.Properties)['BucketEncryption']);
      const key = rec(rec(list(encryption['ServerSideEncryptionConfiguration'])[0])['ServerSideEncryptionByDefault'])['KMSMasterKeyID'];
      if (key !== undefined) out.push({ Sid: `Key${bid}`.slice(0, 100), Effect: 'Allow', Action: KEY_ACTIONS, Resource: key });
    } else if (propString(node, 'encryption', 'SSE-S3') === 'SSE-KMS') {
      out.push({ Sid: `Key${bid}`.slice(0, 100), Effect: 'Allow', Action: KEY_ACTIONS, Resource: getAtt(names.bucketKey(bid), 'Arn') });
    }
    return out;
  },
  iamAcknowledgements: (node, ctx) => [objectsAck(`<${ctx.id(node.id)}.Arn>`)],
  env: (node, ctx) => [{ name: 'BUCKET', value: ref(ctx.id(node.id)) }],
  cdk: {
    // The same statements as the CloudFormation export (not `grantReadWrite`, whose wildcard actions are wider).
    wire(caller, _callerId, node, ctx) {
      ctx.use('iam');
      const b = ctx.v(node.id);
      const out = [
        `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: [${OBJECT_ACTIONS.map(tsString).join(', ')}], resources: [${b}.arnForObjects('*')] }));`,
        `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [${b}.bucketArn] }));`,
      ];
      if (node.props['encryption'] === 'SSE-KMS') {
        out.push(
          `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: [${KEY_ACTIONS.map(tsString).join(', ')}], resources: [${b}.encryptionKey!.keyArn] }));`,
        );
      }
      return out;
    },
    env: (node, ctx) => [{ name: 'BUCKET', template: `\${${ctx.v(node.id)}.bucketName}` }],
    acknowledgements(node, ctx) {
      const ack = objectsAck('<ID.Arn>');
      return [{ id: `\`${ack.id.replace('<ID.Arn>', `<\${logicalIdOf(${ctx.v(node.id)})}.Arn>`)}\``, reason: ack.reason }];
    },
  },
};
