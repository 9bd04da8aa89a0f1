/** Good and bad designs for the load balancing and compute rules (3xxx). */
import { design, type RuleFixtures } from '../fixture-builder';

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC3001: {
    good: [design({ alb: 'alb', web: 'asg' }, ['alb>web'])],
    bad: [design({ alb: 'alb' }), design({ alb: 'alb', web: 'asg', waf: 'waf' }, ['waf>alb'])],
  },
  SC3002: {
    good: [design({ alb: 'alb', web: ['asg', { minSize: 2, desiredCapacity: 4, maxSize: 4 }] }, ['alb>web'])],
    bad: [
      design({ alb: 'alb', web: ['asg', { minSize: 2, desiredCapacity: 6, maxSize: 4 }] }, ['alb>web']),
      design({ alb: 'alb', web: ['asg', { minSize: 3, desiredCapacity: 2, maxSize: 4 }] }, ['alb>web']),
      design({ alb: 'alb', web: ['asg', { minSize: 5, desiredCapacity: 5, maxSize: 4 }] }, ['alb>web']),
    ],
  },
  SC3003: {
    good: [design({ alb: 'alb', web: ['asg', { minSize: 2, desiredCapacity: 2, maxSize: 4 }] }, ['alb>web'])],
    bad: [
      design({ alb: 'alb', web: ['asg', { minSize: 1, desiredCapacity: 1, maxSize: 1 }] }, ['alb>web']),
      design({ alb: 'alb', web: ['asg', { minSize: 1, desiredCapacity: 2, maxSize: 4 }] }, ['alb>web']),
    ],
  },
  SC3004: {
    good: [design({ alb: 'alb', web: 'asg', db: 'rds' }, ['alb>web', 'web>db']), design({ web: 'asg' })],
    bad: [design({ worker: 'asg', db: 'rds' }, ['worker>db'])],
  },
  SC3005: {
    good: [
      design({ alb: 'alb', web: 'asg', db: 'rds' }, ['alb>web', 'web>db']),
      design({ api: 'apigateway', fn: 'lambda', t: 'dynamodb' }, ['api>fn', 'fn>t']),
    ],
    bad: [design({ api: 'apigateway', fn: 'lambda', db: 'rds', cache: 'elasticache' }, ['api>fn', 'fn>db', 'fn>cache'])],
  },
};
