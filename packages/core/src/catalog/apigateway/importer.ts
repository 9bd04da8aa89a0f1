/**
 * REST APIs read back from a template, with their resources, methods, deployments, stage, the
 * permissions that let them invoke functions and their access log group. An API defined by an
 * OpenAPI body is another thing (its routes live in the body): kept verbatim.
 *
 * Each integration edge's `path` comes from the API's description, where the exporter names the
 * target of every route (`/items → ${Fn}`); a foreign API's edges are mounted at the root.
 */
import { bool, isRecord, keyValue, list, num, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';
import { CACHE_SIZE_TAG, PER_USER_TAG } from './cfn';

/** `path → ${LogicalId}` or `path → ${LogicalId.Attribute}` in the exporter's description. */
const ROUTE = /(\/[A-Za-z0-9._\-/]*) → \$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g;

function describedRoutes(description: unknown): Map<string, string> {
  const text = isRecord(description) ? description['Fn::Sub'] : undefined;
  const out = new Map<string, string>();
  if (typeof text !== 'string') return out;
  for (const m of text.matchAll(ROUTE)) if (!out.has(m[2]!)) out.set(m[2]!, m[1]!);
  return out;
}

export const apigatewayImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::ApiGateway::RestApi' && r.props['Body'] === undefined && r.props['BodyS3Location'] === undefined,
  derived: {
    'AWS::ApiGateway::Resource': ['RestApiId'],
    'AWS::ApiGateway::Method': ['RestApiId'],
    'AWS::ApiGateway::Deployment': ['RestApiId'],
    'AWS::ApiGateway::Stage': ['RestApiId'],
    // The permission that lets this API invoke a function names the API in its source ARN.
    'AWS::Lambda::Permission': ['SourceArn'],
    // Lambda declares the same owner properties for log groups (the importer merges one table).
    'AWS::Logs::LogGroup': ['LogGroupName'],
  },
  relations: ['Tags', 'Policy'],
  readProps(r, { reader, members }) {
    const stage = members.find((m) => m.type === 'AWS::ApiGateway::Stage');
    const s = stage?.view ?? {};
    const enabled = s['CacheClusterEnabled'] === undefined ? false : bool(s['CacheClusterEnabled']);
    reader.set('cacheEnabled', enabled, 'Stage CacheClusterEnabled', s['CacheClusterEnabled']);
    const tags = r.view['Tags'];
    const size = enabled ? s['CacheClusterSize'] : keyValue(tags, CACHE_SIZE_TAG);
    if (size !== undefined) reader.set('cacheSize', String(size), enabled ? 'Stage CacheClusterSize' : `Tags ${CACHE_SIZE_TAG}`, size);
    const all = list(s['MethodSettings']).map(rec);
    const settings = all.find((m) => m['ResourcePath'] === '/*' && m['HttpMethod'] === '*') ?? all[0];
    if (settings?.['CacheTtlInSeconds'] !== undefined) {
      reader.set('cacheTtlSeconds', num(settings['CacheTtlInSeconds']), 'Stage MethodSettings CacheTtlInSeconds', settings['CacheTtlInSeconds']);
    }
    reader.set('perUserResponses', keyValue(tags, PER_USER_TAG) === 'true', `Tags ${PER_USER_TAG}`);
    // The header its GET methods declare (and cache by).
    for (const m of members) {
      if (m.type !== 'AWS::ApiGateway::Method' || m.view['HttpMethod'] !== 'GET') continue;
      const header = Object.keys(rec(m.view['RequestParameters']))
        .map((k) => /^method\.request\.header\.(.+)$/.exec(k)?.[1])
        .find((h) => h !== undefined);
      if (header !== undefined) {
        reader.set('cacheKeyHeader', header, `${m.id}.RequestParameters`);
        break;
      }
    }
    reader.set('accessLogs', stage ? s['AccessLogSetting'] !== undefined : false, 'Stage AccessLogSetting');
  },
  edgeProps(r, ref) {
    const path = describedRoutes(r.props['Description']).get(ref);
    return path !== undefined && path !== '/' ? { path } : {};
  },
};
