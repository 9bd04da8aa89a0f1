/**
 * Engine versions both exports pin (checked 2026-12: the newest each engine offers on ElastiCache;
 * docs/cloudformation.md, "Engine versions"). Pinned, so a deployment never picks up a new major
 * version by itself; raise them deliberately (Valkey and Redis OSS upgrade in place, Memcached
 * upgrades start with an empty cache).
 */
export const ELASTICACHE_VERSIONS = {
  /** Redis OSS 7.1: the last Redis OSS release on ElastiCache (newer ones are Valkey). */
  redis: '7.1',
  /** Valkey 9.0: the newest major version on ElastiCache. */
  valkey: '9.0',
  /** Memcached 1.6.22. */
  memcached: '1.6.22',
} as const;

export type ElastiCacheEngine = keyof typeof ELASTICACHE_VERSIONS;

export function engineOf(props: Readonly<Record<string, unknown>>): ElastiCacheEngine {
  const e = props['engine'];
  return e === 'memcached' || e === 'valkey' ? e : 'redis';
}

/** Logical id of a replication group's AUTH token secret. */
export const authTokenId = (base: string) => `${base}AuthToken`;
