/**
 * S3 → a private bucket: public access blocked, encrypted, TLS only, server access logs to the
 * stack's access-log bucket; readable by the distributions that use it as an origin (origin
 * access control). The access-log bucket itself is written here too (`emitLogBucket`, the kind's
 * `logStore` facet).
 */
import { type CfnObject, type EmitContext, type NodeEmitter, getAtt, join, names, policyDocument, propBool, propString, ref, sub } from '../../cfn/context';
import { accessLogArn, accessLogs } from '../../cfn/logging';
import { acknowledged } from '../../cfn/nag';
import { LOG_RETENTION_DAYS, S3_ACKS } from './nag';

/** The bucket-policy statement that lets S3 deliver this stack's server access logs (S3 user guide, "Enabling server access logging"). */
const SERVER_ACCESS_LOGS: CfnObject = {
  Sid: 'S3ServerAccessLogs',
  Effect: 'Allow',
  Principal: { Service: 'logging.s3.amazonaws.com' },
  Action: 's3:PutObject',
  Resource: accessLogArn('s3/*'),
  Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
};

/** The shared access-log bucket: SSE-S3 (the only encryption load balancer logs accept), private, logs expire after a year. */
export function emitLogBucket(ctx: EmitContext, logicalId: string, { acl }: { readonly acl: boolean }): void {
  ctx.addShared(
    logicalId,
    {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        // CloudFront standard logs are delivered with object ACLs: they need ACLs enabled (the bucket owner still owns the objects).
        OwnershipControls: { Rules: [{ ObjectOwnership: acl ? 'BucketOwnerPreferred' : 'BucketOwnerEnforced' }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: [{ Id: 'ExpireLogs', Status: 'Enabled', ExpirationInDays: LOG_RETENTION_DAYS }] },
      },
      Metadata: acknowledged([S3_ACKS.logBucketItself]),
    },
    'access-logs',
  );
}

export const emitS3: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const kms = propString(node, 'encryption', 'SSE-S3') === 'SSE-KMS';
  const distributions = ctx.callers(node.id, 'cloudfront').map(({ node: cdn }) => ctx.id(cdn.id));
  if (kms) {
    const keyStatements: CfnObject[] = [
      {
        Sid: 'AccountAdministers',
        Effect: 'Allow',
        Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
        Action: 'kms:*',
        Resource: '*',
      },
    ];
    if (distributions.length) {
      // Any distribution of this account: naming the distribution here would make a cycle
      // (key → distribution → bucket → key); the bucket policy narrows access to the real one.
      keyStatements.push({
        Sid: 'CloudFrontDecrypts',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { ArnLike: { 'AWS:SourceArn': sub('arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*') } },
      });
    }
    ctx.add(
      names.bucketKey(id),
      {
        Type: 'AWS::KMS::Key',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { Description: sub(`\${AWS::StackName} ${id} bucket key`), EnableKeyRotation: true, KeyPolicy: policyDocument(keyStatements) },
      },
      node.id,
    );
  }
  ctx.add(
    id,
    {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            kms
              ? { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt(names.bucketKey(id), 'Arn') }, BucketKeyEnabled: true }
              : { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        ...(propBool(node, 'versioning', true) ? { VersioningConfiguration: { Status: 'Enabled' } } : {}),
        LoggingConfiguration: { DestinationBucketName: ref(accessLogs(ctx, { statements: [SERVER_ACCESS_LOGS] })), LogFilePrefix: `s3/${id}/` },
      },
    },
    node.id,
  );
  const arn = getAtt(id, 'Arn');
  const statements: CfnObject[] = [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [arn, join('', [arn, '/*'])],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ];
  for (const cdn of distributions) {
    statements.push({
      Sid: `AllowCloudFrontRead${cdn}`.slice(0, 100),
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: join('', [arn, '/*']),
      Condition: { StringEquals: { 'AWS:SourceArn': sub(`arn:\${AWS::Partition}:cloudfront::\${AWS::AccountId}:distribution/\${${cdn}}`) } },
    });
  }
  ctx.add(names.bucketPolicy(id), { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: ref(id), PolicyDocument: policyDocument(statements) } }, node.id);
  ctx.output(`${id}BucketName`, { Description: `Name of the ${id} bucket`, Value: ref(id) });
};
