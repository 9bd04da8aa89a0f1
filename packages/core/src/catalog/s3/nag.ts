/** What cdk-nag's AwsSolutions pack finds on buckets that does not apply or stays, with the reasons both exports write. */
import type { Acknowledgement } from '../../cfn/nag';

/** Days the access logs are kept (a lifecycle rule of the log bucket). */
export const LOG_RETENTION_DAYS = 365;

export const S3_ACKS = {
  logBucketItself: {
    id: 'AwsSolutions-S1',
    reason:
      'This is the access-log bucket that the other buckets, the load balancers, CloudFront and the VPC flow logs write to; logging its own access into itself would log every log delivery, without end. CloudTrail data events can audit it instead.',
  },
} as const satisfies Record<string, Acknowledgement>;

/** The caller's policy grants object actions on `<Bucket>.Arn/*`: every object of that bucket, which is what the application reads and writes. */
export function objectsAck(bucketArnToken: string): Acknowledgement {
  return {
    id: `AwsSolutions-IAM5[Resource::${bucketArnToken}/*]`,
    reason:
      'Object-level actions (get, put, delete) on the objects of this one bucket, which the application owns: the keys are chosen at run time, so no narrower resource exists. No other bucket and no bucket-level administration is granted.',
  };
}
