/** Good and bad designs for the connection rules (1xxx). */
import { design, type RuleFixtures } from '../fixture-builder';

const web = { alb: 'alb', web: 'asg', db: 'rds' } as const;

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC1001: {
    good: [design(web, ['alb>web', 'web>db'])],
    bad: [design({ ...web, s3: 's3' }, ['alb>web', 'web>db', 's3>alb']), design(web, ['alb>web', 'web>db', 'db>web'])],
  },
  SC1002: {
    good: [design({ cdn: 'cloudfront', alb: 'alb', web: 'asg', cache: 'elasticache' }, ['cdn>alb', 'alb>web', 'web>cache'])],
    bad: [
      design({ cdn: 'cloudfront', cache: 'elasticache' }, ['cdn>cache']),
      design({ waf: 'waf', table: 'dynamodb' }, ['waf>table']),
      design({ cdn: 'cloudfront', db: 'rds' }, ['cdn>db']),
    ],
  },
  SC1003: {
    good: [design(web, ['alb>web', 'web>db'])],
    bad: [design(web, ['alb>web', 'web>gone']), design(web, ['ghost>web'])],
  },
  SC1004: {
    good: [
      design(web, ['alb>web', 'web>db']),
      // Two behaviors to one origin are two different cache behaviors, not a duplicate.
      design({ cdn: 'cloudfront', s3: 's3' }, ['cdn>s3', ['cdn>s3', { pathPattern: '/static/*' }]]),
    ],
    bad: [design(web, ['alb>web', 'web>db', 'web>db'])],
  },
  SC1005: {
    good: [design(web, ['alb>web', 'web>db'])],
    bad: [
      design({ a: 'cfn-resource', b: 'cfn-resource' }, ['a>b', 'b>a']),
      design({ a: 'cfn-resource' }, ['a>a']),
      design({ alb: 'alb', web: 'asg' }, ['alb>web', 'web>alb']),
    ],
  },
  SC1006: {
    good: [design(web, ['alb>web', 'web>db']), design({ site: 's3' })],
    bad: [design({ ...web, spare: 'rds' }, ['alb>web', 'web>db'])],
  },
  SC1007: {
    good: [design(web, ['alb>web', 'web>db'])],
    bad: [
      (() => {
        const d = design(web, ['alb>web', 'web>db']);
        return { ...d, nodes: [...d.nodes, { ...d.nodes[2]!, label: 'Second DB' }] };
      })(),
      (() => {
        const d = design(web, ['alb>web', 'web>db']);
        return { ...d, edges: [d.edges[0]!, { ...d.edges[1]!, id: d.edges[0]!.id }] };
      })(),
    ],
  },
  SC1008: {
    good: [
      // Automatic placement: calling DAX puts the function in the VPC.
      design({ api: 'apigateway', fn: 'lambda', dax: 'dax', t: 'dynamodb' }, ['api>fn', 'fn>dax', 'dax>t']),
      // Outside the VPC, calling only services reached through AWS endpoints.
      design({ api: 'apigateway', fn: ['lambda', { vpc: 'never' }], t: 'dynamodb' }, ['api>fn', 'fn>t']),
    ],
    bad: [
      design({ api: 'apigateway', fn: ['lambda', { vpc: 'never' }], dax: 'dax', t: 'dynamodb' }, ['api>fn', 'fn>dax', 'dax>t']),
      design({ api: 'apigateway', fn: ['lambda', { vpc: 'never' }], c: 'elasticache', db: 'rds' }, ['api>fn', 'fn>c', 'fn>db']),
    ],
  },
  SC1009: {
    good: [design({ api: 'apigateway', alb: 'alb', web: 'asg' }, ['api>alb', 'alb>web'])],
    bad: [design({ api: 'apigateway', alb: ['alb', { internetFacing: false }], web: 'asg' }, ['api>alb', 'alb>web'])],
  },
};
