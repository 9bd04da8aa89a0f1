/** Good and bad designs for the edge rules (2xxx): CloudFront and WAF. */
import { design, type RuleFixtures } from '../fixture-builder';

const site = { cdn: 'cloudfront', assets: 's3', alb: 'alb', web: 'asg' } as const;
const good = design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], 'alb>web']);

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC2001: {
    good: [good],
    bad: [design({ cdn: 'cloudfront' }), design({ cdn: 'cloudfront', waf: 'waf' }, ['waf>cdn'])],
  },
  SC2002: {
    good: [good, design({ cdn: 'cloudfront', s3: 's3' }, ['cdn>s3'])],
    bad: [design(site, ['cdn>alb', 'cdn>assets', 'alb>web'])],
  },
  SC2003: {
    good: [good],
    bad: [design(site, [['cdn>alb', { pathPattern: '/api/*' }], ['cdn>assets', { pathPattern: '/static/*' }], 'alb>web'])],
  },
  SC2004: {
    good: [good, design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], ['cdn>assets', { pathPattern: '/img/*' }], 'alb>web'])],
    bad: [
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], ['cdn>alb', { pathPattern: '/static/*' }], 'alb>web']),
      // CloudFront treats a leading / as optional: these two are the same pattern.
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], ['cdn>alb', { pathPattern: 'static/*' }], 'alb>web']),
    ],
  },
  SC2005: {
    good: [good, design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '*.jpg' }], 'alb>web'])],
    bad: [
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '/static files/*' }], 'alb>web']),
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '' }], 'alb>web']),
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: '*' }], 'alb>web']),
      design(site, ['cdn>alb', ['cdn>assets', { pathPattern: `/${'a'.repeat(300)}` }], 'alb>web']),
    ],
  },
  SC2006: {
    good: [good],
    bad: [design({ cdn: 'cloudfront', alb: ['alb', { internetFacing: false }], web: 'asg' }, ['cdn>alb', 'alb>web'])],
  },
  SC2007: {
    good: [design({ waf: 'waf', alb: 'alb', web: 'asg' }, ['waf>alb', 'alb>web'])],
    bad: [design({ waf: 'waf', ...site }, ['waf>cdn', 'cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], 'alb>web'])],
  },
  SC2008: {
    good: [design({ waf: 'waf', ...site }, ['waf>cdn', 'cdn>alb', 'alb>web'])],
    bad: [design({ waf: 'waf', ...site }, ['cdn>alb', 'alb>web'])],
  },
  SC2009: {
    good: [design({ edgeWaf: 'waf', albWaf: 'waf', ...site }, ['edgeWaf>cdn', 'albWaf>alb', 'cdn>alb', 'alb>web'])],
    bad: [design({ waf: 'waf', ...site }, ['waf>cdn', 'waf>alb', 'cdn>alb', 'alb>web'])],
  },
  SC2011: {
    good: [
      design({ edgeWaf: 'waf', albWaf: 'waf', ...site }, ['edgeWaf>cdn', 'albWaf>alb', 'cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], 'alb>web']),
    ],
    bad: [
      design({ a: 'waf', b: 'waf', ...site }, ['a>cdn', 'b>cdn', 'cdn>alb', ['cdn>assets', { pathPattern: '/static/*' }], 'alb>web']),
      design({ a: 'waf', b: 'waf', alb: 'alb', web: 'asg' }, ['a>alb', 'b>alb', 'alb>web']),
    ],
  },
  SC2010: {
    good: [
      design({ api: 'apigateway', a: 'lambda', b: 'lambda', t: 'dynamodb' }, ['api>a', ['api>b', { path: '/b' }], ['api>t', { path: '/b/items' }]]),
      // A trailing slash is the same path, but here only one edge uses it.
      design({ api: 'apigateway', a: 'lambda' }, [['api>a', { path: '/a/' }]]),
    ],
    bad: [
      design({ api: 'apigateway', a: 'lambda', b: 'lambda' }, ['api>a', 'api>b']),
      // /orders and /orders/ are the same path; so are no path and /.
      design({ api: 'apigateway', a: 'lambda', t: 'dynamodb' }, [
        ['api>a', { path: '/orders' }],
        ['api>t', { path: '/orders/' }],
      ]),
    ],
  },
};
