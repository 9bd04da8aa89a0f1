/** Good and bad designs for the web-session rules (4xxx): the course chapter's scenario. */
import { design, type RuleFixtures } from '../fixture-builder';

const sessions = ['elasticache', { purpose: 'sessions', engine: 'valkey', replicas: 1 }] as const;

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC4001: {
    good: [
      design({ alb: 'alb', web: 'asg', sessions }, ['alb>web', 'web>sessions']),
      design({ alb: ['alb', { stickiness: true }], web: 'asg', sessions }, ['alb>web', 'web>sessions']),
    ],
    bad: [
      design({ alb: ['alb', { stickiness: true }], web: 'asg' }, ['alb>web']),
      // A query cache is not a session store.
      design({ alb: ['alb', { stickiness: true }], web: 'asg', cache: 'elasticache' }, ['alb>web', 'web>cache']),
    ],
  },
  SC4002: {
    good: [design({ alb: 'alb', web: 'asg', sessions }, ['alb>web', 'web>sessions'])],
    bad: [design({ alb: ['alb', { stickiness: true }], web: 'asg', sessions }, ['alb>web', 'web>sessions'])],
  },
  SC4003: {
    good: [design({ alb: 'alb', web: 'asg', sessions }, ['alb>web', 'web>sessions'])],
    bad: [design({ alb: 'alb', web: 'asg', sessions: ['elasticache', { purpose: 'sessions', engine: 'memcached' }] }, ['alb>web', 'web>sessions'])],
  },
};
