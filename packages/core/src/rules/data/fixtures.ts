/** Good and bad designs for the data and security rules (6xxx). */
import { design, type RuleFixtures } from '../fixture-builder';

const app = (db: Readonly<Record<string, unknown>> = {}, table: Readonly<Record<string, unknown>> = {}) =>
  design({ alb: 'alb', web: 'asg', cache: 'elasticache', db: ['rds', db], table: ['dynamodb', table] }, ['alb>web', 'web>cache', 'web>db', 'web>table']);

export const fixtures: Readonly<Record<string, RuleFixtures>> = {
  SC6001: { good: [app({ multiAz: true })], bad: [app({ multiAz: false })] },
  SC6002: { good: [app({ backupRetentionDays: 7 })], bad: [app({ backupRetentionDays: 0 })] },
  SC6003: { good: [app({}, { pointInTimeRecovery: true })], bad: [app({}, { pointInTimeRecovery: false })] },
  SC6004: {
    good: [design({ cdn: 'cloudfront', site: 's3' }, ['cdn>site'])],
    bad: [
      design(
        {
          cdn: 'cloudfront',
          site: ['cfn-resource', { type: 'AWS::S3::Bucket', logicalId: 'SiteBucket', properties: { WebsiteConfiguration: { IndexDocument: 'index.html' } } }],
        },
        ['cdn>site'],
      ),
    ],
  },
  SC6005: {
    good: [
      design({ alb: ['alb', {}, 'Web ALB'], web: ['asg', {}, 'Web Servers'], a: ['elasticache', {}, 'Session Store'], b: ['elasticache', {}, 'Query Cache'] }, [
        'alb>web',
        'web>a',
        'web>b',
      ]),
    ],
    bad: [
      design({ alb: ['alb', {}, 'Web ALB'], web: ['asg', {}, 'Web Servers'], a: ['elasticache', {}, 'cache'], b: ['elasticache', {}, 'Cache!'] }, [
        'alb>web',
        'web>a',
        'web>b',
      ]),
      // A label that gives the logical id an imported resource keeps.
      design({ alb: ['alb', {}, 'Web ALB'], web: ['asg', {}, 'Web Servers'], topic: ['cfn-resource', { type: 'AWS::SNS::Topic', logicalId: 'WebServers' }] }, [
        'alb>web',
      ]),
    ],
  },
  SC6006: {
    good: [design({ alb: ['alb', {}, '웹 ALB'], web: ['asg', {}, 'Web 서버'] }, ['alb>web'])],
    bad: [design({ alb: ['alb', {}, '로드 밸런서'], web: ['asg', {}, 'Web Servers'] }, ['alb>web'])],
  },
};
