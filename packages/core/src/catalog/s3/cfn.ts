/** S3 → a private bucket: public access blocked, encrypted, TLS only; readable by the distributions that use it as an origin (origin access control). */
import { type CfnObject, type NodeEmitter, getAtt, join, names, policyDocument, propBool, propString, ref, sub } from '../../cfn/context';

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
