/**
 * The stack's access-log bucket, shared by every service that logs to S3: bucket server access
 * logs, load balancer access logs, CloudFront standard logs and VPC flow logs. Emitters ask for it
 * with `accessLogs(ctx, …)` (adding the bucket-policy statements their log delivery needs); once
 * every node is emitted, `emitAccessLogs(ctx)` writes the bucket (the kind that can hold logs
 * says how: its `logStore` facet) and one policy: TLS only, plus the deliveries' statements.
 */
import { facetsOf, KINDS, type LogStoreFacet } from '../catalog/index';
import { type CfnObject, type EmitContext, getAtt, join, policyDocument, ref, sub } from './context';

/** Logical ids of the shared log bucket and its policy (reserved in `NETWORK_IDS`). */
export const ACCESS_LOG_BUCKET = 'AccessLogBucket';
export const ACCESS_LOG_BUCKET_POLICY = 'AccessLogBucketPolicy';

export interface AccessLogOptions {
  /** Statements the service's log delivery needs on the bucket policy (one per `Sid`: equal Sids are written once). */
  readonly statements?: readonly CfnObject[];
  /** The service delivers with object ACLs (CloudFront standard logs): the bucket keeps ACLs enabled (bucket owner preferred). */
  readonly acl?: boolean;
}

interface Needs {
  readonly statements: Map<string, CfnObject>;
  acl: boolean;
}

const NEEDS = new WeakMap<EmitContext, Needs>();

/** The kind that holds the access logs (its `logStore` facet). */
export function logStore(): LogStoreFacet {
  const store = KINDS.map((k) => facetsOf(k).logStore).find((f) => f !== undefined);
  if (!store) throw new Error('no kind can hold access logs (a logStore facet)');
  return store;
}

/** Asks for the shared access-log bucket; returns its logical id (the bucket is written by `emitAccessLogs`). */
export function accessLogs(ctx: EmitContext, options: AccessLogOptions = {}): string {
  let needs = NEEDS.get(ctx);
  if (!needs) NEEDS.set(ctx, (needs = { statements: new Map(), acl: false }));
  for (const s of options.statements ?? []) needs.statements.set(String(s['Sid']), s);
  if (options.acl) needs.acl = true;
  return ACCESS_LOG_BUCKET;
}

/** `${AccessLogBucket.Arn}/<path>` (a `Fn::Sub`: the path may use `${AWS::AccountId}` and the like). */
export function accessLogArn(path: string): CfnObject {
  return sub(`\${${ACCESS_LOG_BUCKET}.Arn}/${path}`);
}

/** Writes the bucket and its policy when something asked for them. */
export function emitAccessLogs(ctx: EmitContext): void {
  const needs = NEEDS.get(ctx);
  if (!needs) return;
  logStore().cfn(ctx, ACCESS_LOG_BUCKET, { acl: needs.acl });
  const arn = getAtt(ACCESS_LOG_BUCKET, 'Arn');
  const statements = [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [arn, join('', [arn, '/*'])],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    ...[...needs.statements].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s),
  ];
  ctx.addShared(
    ACCESS_LOG_BUCKET_POLICY,
    {
      Type: 'AWS::S3::BucketPolicy',
      Properties: { Bucket: ref(ACCESS_LOG_BUCKET), PolicyDocument: policyDocument(statements) },
    },
    'access-logs',
  );
}
