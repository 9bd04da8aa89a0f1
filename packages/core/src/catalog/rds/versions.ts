/**
 * Engine versions both exports pin (checked 2026-12 against the versions cfn-lint 1.51 and
 * aws-cdk-lib 2.276 know: the newest minor of the newest major each engine offers on RDS;
 * docs/cloudformation.md, "Engine versions"). `AutoMinorVersionUpgrade` keeps applying minor
 * releases; a major version is raised deliberately.
 */
export const RDS_VERSIONS = {
  /** PostgreSQL 18.3. */
  postgres: { full: '18.3', major: '18' },
  /** MySQL 8.4.9 (8.4 is the long-term-support line). */
  mysql: { full: '8.4.9', major: '8.4' },
} as const;

export type RdsEngine = keyof typeof RDS_VERSIONS;

export function rdsEngineOf(props: Readonly<Record<string, unknown>>): RdsEngine {
  return props['engine'] === 'mysql' ? 'mysql' : 'postgres';
}
