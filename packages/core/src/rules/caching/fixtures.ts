/** Good and bad designs for the caching rules (5xxx). */
import { REFERENCE_DESIGN } from '../../examples';
import { design, type RuleFixtures } from '../fixture-builder';

const daxPath = (dax: Readonly<Record<string, unknown>> = {}) =>
  design({ alb: 'alb', api: 'asg', dax: ['dax', dax], table: 'dynamodb' }, ['alb>api', 'api>dax', 'dax>table']);

/** A DAX cluster read from a template (its tables named by its role, maybe in another stack). */
function importedDax() {
  const d = design({ alb: 'alb', api: 'asg', dax: 'dax' }, ['alb>api', 'api>dax']);
  return {
    ...d,
    nodes: d.nodes.map((n) => (n.id === 'dax' ? { ...n, imported: { resources: ['Dax'], props: n.props } } : n)),
    resources: {
      Dax: { Type: 'AWS::DAX::Cluster', Properties: { NodeType: 'dax.t3.small', ReplicationFactor: 3, IAMRoleARN: 'arn:aws:iam::123456789012:role/dax' } },
    },
  };
}

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC5001: {
    good: [daxPath(), importedDax()],
    bad: [design({ alb: 'alb', api: 'asg', dax: 'dax' }, ['alb>api', 'api>dax'])],
  },
  SC5002: {
    good: [daxPath({ replicationFactor: 3 })],
    bad: [daxPath({ replicationFactor: 1 })],
  },
  SC5003: {
    good: [daxPath({ replicationFactor: 11 })],
    bad: [daxPath({ replicationFactor: 12 })],
  },
  SC5004: {
    good: [daxPath(), design({ alb: 'alb', web: 'asg', cache: 'elasticache' }, ['alb>web', 'web>cache'])],
    bad: [design({ alb: 'alb', web: 'asg', cache: 'elasticache' }, ['alb>web']), design({ dax: 'dax', table: 'dynamodb' }, ['dax>table'])],
  },
  SC5005: {
    good: [
      design({ alb: 'alb', web: 'asg', cache: ['elasticache', { replicas: 1 }] }, ['alb>web', 'web>cache']),
      // Memcached nodes are not replicas; SC5005 is about Valkey / Redis OSS failover.
      design({ alb: 'alb', web: 'asg', cache: ['elasticache', { engine: 'memcached', replicas: 0 }] }, ['alb>web', 'web>cache']),
    ],
    bad: [
      design({ alb: 'alb', web: 'asg', cache: ['elasticache', { engine: 'valkey', replicas: 0 }] }, ['alb>web', 'web>cache']),
      design({ alb: 'alb', web: 'asg', cache: ['elasticache', { engine: 'redis', replicas: 0, purpose: 'sessions' }] }, ['alb>web', 'web>cache']),
    ],
  },
  SC5006: {
    good: [design({ alb: 'alb', web: 'asg', cache: 'elasticache', db: 'rds' }, ['alb>web', 'web>cache', 'web>db'])],
    bad: [
      design({ alb: 'alb', web: 'asg', db: 'rds' }, ['alb>web', 'web>db']),
      // A session store does not cache queries.
      design({ alb: 'alb', web: 'asg', s: ['elasticache', { purpose: 'sessions' }], db: 'rds' }, ['alb>web', 'web>s', 'web>db']),
    ],
  },
  SC5008: {
    // At 50,000 requests/s entering (traffic what-if defaults, docs/traffic-model.md).
    good: [
      REFERENCE_DESIGN,
      daxPath(),
      // No cache, but the edge takes 98 %: 1,000 requests/s reach the servers, 1,000 queries/s the database (capacity 2,000).
      design({ cdn: 'cloudfront', alb: 'alb', web: 'asg', db: 'rds' }, [['cdn>alb', { hitRatio: 98 }], 'alb>web', 'web>db']),
    ],
    bad: [
      // 50,000 queries/s into a db.t4g.small, nothing in front: add a query cache.
      design({ alb: 'alb', web: 'asg', db: 'rds' }, ['alb>web', 'web>db']),
      // A query cache exists, but the servers do not use it.
      design({ alb: 'alb', web: 'asg', db: 'rds', cache: 'elasticache' }, ['alb>web', 'web>db']),
      // Cached at 90 %, still 9,500 queries/s.
      design({ alb: 'alb', web: 'asg', db: 'rds', cache: 'elasticache' }, ['alb>web', 'web>db', 'web>cache']),
      // A provisioned table of 5 read and 5 write units.
      design({ alb: 'alb', api: 'asg', table: ['dynamodb', { billingMode: 'PROVISIONED' }] }, ['alb>api', 'api>table']),
    ],
  },
  SC5007: {
    good: [daxPath(), design({ alb: 'alb', api: 'asg', table: 'dynamodb' }, ['alb>api', 'api>table'])],
    bad: [
      design({ alb: 'alb', api: 'asg', dax: 'dax', table: 'dynamodb' }, ['alb>api', 'api>dax', 'dax>table', 'api>table']),
      design({ api: 'apigateway', fn: 'lambda', dax: 'dax', table: 'dynamodb' }, ['api>fn', 'fn>dax', 'dax>table', 'fn>table']),
    ],
  },
  SC5009: {
    good: [
      design({ api: ['apigateway', { perUserResponses: true, cacheKeyHeader: 'Authorization' }], fn: 'lambda' }, ['api>fn']),
      design({ api: ['apigateway', { perUserResponses: true, cacheEnabled: false }], fn: 'lambda' }, ['api>fn']),
      design({ api: ['apigateway', { perUserResponses: true, cacheTtlSeconds: 0 }], fn: 'lambda' }, ['api>fn']),
      design({ api: 'apigateway', fn: 'lambda' }, ['api>fn']),
    ],
    bad: [design({ api: ['apigateway', { perUserResponses: true }], fn: 'lambda' }, ['api>fn'])],
  },
};
