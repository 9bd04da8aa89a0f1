import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

/** S3: a private, encrypted bucket; CloudFront reaches it through origin access control. */
export const s3Cdk: CdkEmitter = {
  phase: 10,
  emit(node, ctx) {
    ctx.use('s3');
    const v = ctx.v(node.id);
    const kms = node.props['encryption'] === 'SSE-KMS';
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
    ];
  },
};
