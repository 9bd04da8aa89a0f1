import { tsString } from '../../cdk/literal';
import type { CdkContext, CdkEmitter } from '../../cdk/types';
import { LOG_RETENTION_DAYS, S3_ACKS } from './nag';

/** The S3 server access log delivery's statement on the log bucket (raw policy JSON, as in cfn.ts). */
const SERVER_ACCESS_LOGS = {
  sid: 'S3ServerAccessLogs',
  code: [
    `{`,
    `  Sid: 'S3ServerAccessLogs',`,
    `  Effect: 'Allow',`,
    `  Principal: { Service: 'logging.s3.amazonaws.com' },`,
    `  Action: 's3:PutObject',`,
    `  Resource: \`\${accessLogs.bucketArn}/s3/*\`,`,
    `  Condition: { StringEquals: { 'aws:SourceAccount': cdk.Aws.ACCOUNT_ID } },`,
    `}`,
  ].join('\n'),
};

/**
 * S3: a private, encrypted bucket with server access logs to the stack's access-log bucket;
 * CloudFront reaches it through origin access control.
 */
export const s3Cdk: CdkEmitter = {
  phase: 10,
  emit(node, ctx) {
    ctx.use('s3');
    const v = ctx.v(node.id);
    const kms = node.props['encryption'] === 'SSE-KMS';
    const logs = ctx.accessLogs({ statements: [SERVER_ACCESS_LOGS] });
    ctx.output(`${ctx.id(node.id)}BucketName`, `${v}.bucketName`, `Bucket of node ${node.id}`);
    return [
      `const ${v} = new s3.Bucket(this, ${tsString(ctx.id(node.id))}, {`,
      `  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,`,
      kms
        ? `  // A customer managed key: CloudFront's origin access control can be allowed to decrypt with it.\n  encryption: s3.BucketEncryption.KMS,\n  bucketKeyEnabled: true,`
        : `  encryption: s3.BucketEncryption.S3_MANAGED,`,
      `  enforceSSL: true,`,
      `  versioned: ${node.props['versioning'] === false ? 'false' : 'true'},`,
      `  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,`,
      `  removalPolicy: cdk.RemovalPolicy.RETAIN,`,
      `});`,
      `// Server access logs to the access-log bucket (set on the resource: its policy is written once, below).`,
      `(${v}.node.defaultChild as s3.CfnBucket).loggingConfiguration = {`,
      `  destinationBucketName: ${logs}.bucketName,`,
      `  logFilePrefix: ${tsString(`s3/${ctx.id(node.id)}/`)},`,
      `};`,
    ];
  },
};

/** The shared access-log bucket and its policy in the CDK app: the same as `emitLogBucket` (cfn.ts) and `cfn/logging.ts`. */
export function s3LogBucketCdk(
  ctx: CdkContext,
  names: { readonly bucket: string; readonly bucketId: string; readonly policy: string; readonly policyId: string },
  { acl, statements }: { readonly acl: boolean; readonly statements: readonly string[] },
): string[] {
  ctx.use('s3');
  const b = names.bucket;
  return [
    `const ${b} = new s3.Bucket(this, ${tsString(names.bucketId)}, {`,
    `  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,`,
    `  // SSE-S3: the only encryption load balancer access logs accept.`,
    `  encryption: s3.BucketEncryption.S3_MANAGED,`,
    acl
      ? `  // CloudFront standard logs are delivered with object ACLs: ACLs stay enabled (the bucket owner still owns the objects).\n  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,`
      : `  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,`,
    `  lifecycleRules: [{ id: 'ExpireLogs', expiration: cdk.Duration.days(${LOG_RETENTION_DAYS}) }],`,
    `  removalPolicy: cdk.RemovalPolicy.RETAIN,`,
    `});`,
    ctx.acknowledge(b, [{ id: tsString(S3_ACKS.logBucketItself.id), reason: S3_ACKS.logBucketItself.reason }]),
    `const ${names.policy} = new s3.CfnBucketPolicy(this, ${tsString(names.policyId)}, {`,
    `  bucket: ${b}.bucketName,`,
    `  policyDocument: {`,
    `    Version: '2012-10-17',`,
    `    Statement: [`,
    `      {`,
    `        Sid: 'DenyInsecureTransport',`,
    `        Effect: 'Deny',`,
    `        Principal: '*',`,
    `        Action: 's3:*',`,
    `        Resource: [${b}.bucketArn, \`\${${b}.bucketArn}/*\`],`,
    `        Condition: { Bool: { 'aws:SecureTransport': 'false' } },`,
    `      },`,
    ...statements.flatMap((code) => `${code},`.split('\n').map((l) => `      ${l}`)),
    `    ],`,
    `  },`,
    `});`,
  ];
}
