/** Designs for the CDK export tests: the examples, plus one with hostile labels and every option. */
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/types';

/** Labels that would break or inject code if they were pasted into TypeScript unescaped. */
export const HOSTILE_LABELS = [
  `it's "quoted" \`back\` \${globalThis.pwned = 1} \\ \\u0041`,
  `line one\nline two\r\n\ttabbed */ /* // <!-- --> </script><script>pwned()</script>`,
  `separators\u2028and\u2029here, bidi \u202eevil\u202c, zero-width\u200b, bom\ufeff, nul\u0000, bell\u0007`,
  `세션 저장소 (웹 세션) — 캐시 🚀`,
  `${'long label '.repeat(18)}end`.slice(0, 200),
  `'); process.exit(1); ('`,
  `\`; require('child_process').execSync('touch /tmp/pwned'); \``,
  `lone \ud800 surrogate and pair \ud83d\ude00`,
];

function must(raw: unknown): Design {
  const r = parseDesign(raw);
  if (!r.ok) throw new Error(`fixture is invalid: ${JSON.stringify(r.errors)}`);
  return r.design;
}

/**
 * The labels as a design may hold them: since issue 17 a label is visible text, so `parseDesign`
 * refuses control characters (line breaks, tabs, NUL, bell) and lone surrogates; they become
 * spaces here and the lone half is dropped. `HOSTILE_LABELS` stay whole for `tsString`, which
 * must still escape anything (props and imported values reach the generated code too).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is replaced
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const L = HOSTILE_LABELS.map((l) => l.replace(CONTROL, ' ').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''));

/**
 * Every kind and most options in one design: WAF on CloudFront and on an ALB, an internal ALB behind
 * CloudFront (VPC origin), an open ALB with sticky sessions, Valkey, Memcached, MySQL, a provisioned
 * table with a sort key, an SSE-KMS bucket, a hostile path pattern, an imported resource, and node
 * ids that collide with module names and with each other once camel-cased.
 */
export const HOSTILE_DESIGN: Design = must({
  format: 'stackcanvas.design',
  version: 1,
  name: `'; process.exit(1); // 한국어 \`\${x}\` */`,
  nodes: [
    { id: 'waf', kind: 'waf', label: L[0], position: { x: 0, y: 0 }, props: { rateLimit: 500, ipReputation: false } },
    { id: 'cdk', kind: 'cloudfront', label: L[1], position: { x: 0, y: 0 }, props: { priceClass: 'PriceClass_All', ipv6: false, defaultRootObject: '' } },
    { id: 'ec2', kind: 's3', label: L[2], position: { x: 0, y: 0 }, props: { encryption: 'SSE-KMS', versioning: false } },
    { id: 'a-b', kind: 'alb', label: L[3], position: { x: 0, y: 0 }, props: { internetFacing: false, healthCheckPath: '/health' } },
    { id: 'aB', kind: 'alb', label: L[4], position: { x: 0, y: 0 }, props: { stickiness: true, stickinessDurationSeconds: 3600 } },
    {
      id: 'constructor',
      kind: 'asg',
      label: L[5],
      position: { x: 0, y: 0 },
      props: { minSize: 1, maxSize: 3, desiredCapacity: 1, appPort: 8080, instanceType: 't3.micro' },
    },
    { id: 'vpc', kind: 'elasticache', label: L[6], position: { x: 0, y: 0 }, props: { engine: 'valkey', purpose: 'sessions', replicas: 2 } },
    { id: 'memo', kind: 'elasticache', label: L[7], position: { x: 0, y: 0 }, props: { engine: 'memcached', replicas: 1 } },
    { id: 'dax', kind: 'dax', position: { x: 0, y: 0 }, props: { replicationFactor: 2, nodeType: 'dax.t3.medium' } },
    {
      id: 'props',
      kind: 'dynamodb',
      label: 'Props',
      position: { x: 0, y: 0 },
      props: { billingMode: 'PROVISIONED', readCapacity: 7, writeCapacity: 3, sortKey: 'sk', pointInTimeRecovery: false },
    },
    {
      id: 'sizing',
      kind: 'rds',
      label: '',
      position: { x: 0, y: 0 },
      props: { engine: 'mysql', multiAz: false, backupRetentionDays: 0, databaseName: 'orders' },
    },
    {
      id: 'imported',
      kind: 'cfn-resource',
      label: L[0],
      position: { x: 0, y: 0 },
      props: {
        type: 'AWS::SNS::Topic',
        logicalId: 'ImportedTopic',
        properties: { DisplayName: "it's `${x}` */ \u2028 </script>" },
        attributes: { DeletionPolicy: 'Retain' },
      },
    },
  ],
  edges: [
    { id: 'e1', source: 'waf', target: 'cdk', props: {} },
    { id: 'e2', source: 'waf', target: 'aB', props: {} },
    { id: 'e3', source: 'cdk', target: 'a-b', props: {} },
    { id: 'e4', source: 'cdk', target: 'ec2', props: { pathPattern: `/it's/"q"/$x*` } },
    { id: 'e5', source: 'a-b', target: 'constructor', props: {} },
    { id: 'e6', source: 'aB', target: 'constructor', props: {} },
    { id: 'e7', source: 'constructor', target: 'vpc', props: {} },
    { id: 'e8', source: 'constructor', target: 'memo', props: {} },
    { id: 'e9', source: 'constructor', target: 'dax', props: {} },
    { id: 'e10', source: 'dax', target: 'props', props: {} },
    { id: 'e11', source: 'constructor', target: 'props', props: {} },
    { id: 'e12', source: 'constructor', target: 'sizing', props: {} },
    { id: 'e13', source: 'constructor', target: 'ec2', props: {} },
  ],
});

/**
 * Lambda functions in every placement: one in the VPC calling DAX, ElastiCache, RDS and S3 (NAT
 * egress), one outside calling DynamoDB and S3 (Python, x86_64, reserved concurrency), one forced
 * into the VPC with nothing to call.
 */
export const LAMBDA_DESIGN: Design = must({
  format: 'stackcanvas.design',
  version: 1,
  name: 'lambda-placements',
  nodes: [
    { id: 'fn', kind: 'lambda', label: 'Reader', position: { x: 0, y: 0 }, props: {} },
    {
      id: 'out',
      kind: 'lambda',
      label: 'Outside',
      position: { x: 0, y: 0 },
      props: { runtime: 'python3.14', architecture: 'x86_64', reservedConcurrency: 5, memorySize: 512, timeout: 30 },
    },
    { id: 'pinned', kind: 'lambda', label: 'Pinned', position: { x: 0, y: 0 }, props: { vpc: 'always', runtime: 'nodejs22.x' } },
    { id: 'dx', kind: 'dax', position: { x: 0, y: 0 }, props: {} },
    { id: 't', kind: 'dynamodb', position: { x: 0, y: 0 }, props: {} },
    { id: 'db', kind: 'rds', position: { x: 0, y: 0 }, props: { engine: 'mysql' } },
    { id: 'c', kind: 'elasticache', position: { x: 0, y: 0 }, props: { engine: 'valkey' } },
    { id: 'b', kind: 's3', position: { x: 0, y: 0 }, props: {} },
  ],
  edges: [
    { id: 'e1', source: 'fn', target: 'dx', props: {} },
    { id: 'e2', source: 'dx', target: 't', props: {} },
    { id: 'e3', source: 'fn', target: 'db', props: {} },
    { id: 'e4', source: 'fn', target: 'c', props: {} },
    { id: 'e5', source: 'out', target: 't', props: {} },
    { id: 'e6', source: 'out', target: 'b', props: {} },
    { id: 'e7', source: 'fn', target: 'b', props: {} },
  ],
});

/**
 * API Gateway with every integration: a Lambda proxy at the root (the function reads through DAX),
 * an internet-facing load balancer at /legacy, DynamoDB GetItem and Query routes, a per-user cache
 * key; a second API without cache or access logs; a third with no integration yet.
 */
export const API_DESIGN: Design = must({
  format: 'stackcanvas.design',
  version: 1,
  name: 'api-integrations',
  nodes: [
    {
      id: 'api',
      kind: 'apigateway',
      label: 'Public API',
      position: { x: 0, y: 0 },
      props: { cacheKeyHeader: 'Authorization', perUserResponses: true, cacheSize: '1.6' },
    },
    { id: 'internal', kind: 'apigateway', position: { x: 0, y: 0 }, props: { cacheEnabled: false, accessLogs: false } },
    { id: 'bare', kind: 'apigateway', position: { x: 0, y: 0 }, props: {} },
    { id: 'fn', kind: 'lambda', position: { x: 0, y: 0 }, props: {} },
    { id: 'dx', kind: 'dax', position: { x: 0, y: 0 }, props: {} },
    { id: 'p', kind: 'dynamodb', position: { x: 0, y: 0 }, props: { partitionKey: 'productId' } },
    { id: 'o', kind: 'dynamodb', position: { x: 0, y: 0 }, props: { sortKey: 'sk' } },
    { id: 'lb', kind: 'alb', position: { x: 0, y: 0 }, props: {} },
    { id: 'web', kind: 'asg', position: { x: 0, y: 0 }, props: {} },
  ],
  edges: [
    { id: 'e1', source: 'api', target: 'fn', props: {} },
    { id: 'e2', source: 'api', target: 'lb', props: { path: '/legacy' } },
    { id: 'e3', source: 'api', target: 'p', props: { path: '/products' } },
    { id: 'e4', source: 'api', target: 'o', props: { path: '/v1/orders' } },
    { id: 'e5', source: 'fn', target: 'dx', props: {} },
    { id: 'e6', source: 'dx', target: 'p', props: {} },
    { id: 'e7', source: 'lb', target: 'web', props: {} },
    { id: 'e8', source: 'internal', target: 'fn', props: { path: '/internal' } },
  ],
});
