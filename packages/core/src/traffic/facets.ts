/**
 * Temporary registry: kind → traffic facet. Each facet lives with its kind in
 * `catalog/<kind>/traffic.ts`; this list goes away when the kind definitions carry their facets.
 * `cfn-resource` has none (imported resources the model treats as answering what they receive).
 */
import { albTraffic } from '../catalog/alb/traffic';
import { asgTraffic } from '../catalog/asg/traffic';
import { cloudfrontTraffic } from '../catalog/cloudfront/traffic';
import { daxTraffic } from '../catalog/dax/traffic';
import { dynamodbTraffic } from '../catalog/dynamodb/traffic';
import { elasticacheTraffic } from '../catalog/elasticache/traffic';
import { rdsTraffic } from '../catalog/rds/traffic';
import { s3Traffic } from '../catalog/s3/traffic';
import { wafTraffic } from '../catalog/waf/traffic';
import type { TrafficFacet } from './types';

const FACETS: Readonly<Record<string, TrafficFacet>> = {
  waf: wafTraffic,
  cloudfront: cloudfrontTraffic,
  s3: s3Traffic,
  alb: albTraffic,
  asg: asgTraffic,
  elasticache: elasticacheTraffic,
  dax: daxTraffic,
  dynamodb: dynamodbTraffic,
  rds: rdsTraffic,
};

/** The traffic facet of a kind, or undefined (no facet: the node answers what it receives). */
export function trafficFacet(kind: string): TrafficFacet | undefined {
  return Object.prototype.hasOwnProperty.call(FACETS, kind) ? FACETS[kind] : undefined;
}

/** Kinds that have a facet, in registry order. */
export const TRAFFIC_KINDS: readonly string[] = Object.keys(FACETS);
