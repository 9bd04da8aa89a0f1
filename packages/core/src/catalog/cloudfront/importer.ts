/** CloudFront distributions read back from a template; each origin edge gets the path pattern of its cache behavior. */
import { CfnExportError, getAtt, names } from '../../cfn/context';
import { getPath, setPath } from '../../import/edit';
import { bool, list, rec, type Raw } from '../../import/values';
import { collectRefs } from '../../import/refs';
import type { ImportedResource, ImportFacet } from '../import-facet';

/** Resource type behind a distribution's default cache behavior (its origin's DomainName). */
function defaultOriginType(config: Raw, byId: ReadonlyMap<string, ImportedResource>): string | undefined {
  const target = rec(config['DefaultCacheBehavior'])['TargetOriginId'];
  const origin = list(config['Origins']).find((o) => rec(o)['Id'] === target);
  const [ref] = collectRefs(rec(origin)['DomainName']);
  return ref ? byId.get(ref)?.type : undefined;
}

export const cloudfrontImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::CloudFront::Distribution',
  derived: { 'AWS::CloudFront::OriginAccessControl': [] },
  relations: [],
  edit: {
    write: {
      priceClass: (v, held) => setPath(held.primary, ['DistributionConfig', 'PriceClass'], v),
      defaultRootObject: (v, held) => setPath(held.primary, ['DistributionConfig', 'DefaultRootObject'], v === '' ? undefined : v),
      ipv6: (v, held) => setPath(held.primary, ['DistributionConfig', 'IPV6Enabled'], v),
    },
    connectIn(source, _edge, held, ctx) {
      // A new web ACL in front: the distribution names it (it can name one).
      if (source.kind !== 'waf' || source.imported || getPath(held.primary, ['DistributionConfig', 'WebACLId']) !== undefined) return false;
      setPath(held.primary, ['DistributionConfig', 'WebACLId'], getAtt(names.webAclCloudFront(ctx.id(source.id)), 'Arn'));
      return true;
    },
    afterDetach(held) {
      // Cache behaviors of an origin that was removed go with it; the default behavior cannot.
      const config = rec(getPath(held.primary, ['DistributionConfig']));
      const origins = new Set(list(config['Origins']).map((o) => rec(o)['Id']));
      const behaviors = list(config['CacheBehaviors']).filter((b) => origins.has(rec(b)['TargetOriginId']));
      if (behaviors.length) config['CacheBehaviors'] = behaviors;
      else delete config['CacheBehaviors'];
      if (!origins.has(rec(config['DefaultCacheBehavior'])['TargetOriginId'])) {
        throw new CfnExportError('SC-X020', { id: held.primary.id });
      }
    },
  },
  // A distribution's origins and web ACL are its only service relations (not its log bucket).
  serviceRefs(r, collect) {
    const config = rec(r.props['DistributionConfig']);
    return new Set(collect([config['Origins'], config['WebACLId']]));
  },
  readProps(r, { reader, byId }) {
    const c = rec(r.view['DistributionConfig']);
    if (c['PriceClass'] !== undefined) reader.set('priceClass', c['PriceClass'], 'DistributionConfig.PriceClass');
    if (c['DefaultRootObject'] !== undefined) reader.set('defaultRootObject', c['DefaultRootObject'], 'DistributionConfig.DefaultRootObject');
    else if (defaultOriginType(c, byId) === 'AWS::S3::Bucket') reader.set('defaultRootObject', '', 'DistributionConfig.DefaultRootObject');
    if (c['IPV6Enabled'] !== undefined) reader.set('ipv6', bool(c['IPV6Enabled']), 'DistributionConfig.IPV6Enabled', c['IPV6Enabled']);
    else reader.set('ipv6', false, 'DistributionConfig.IPV6Enabled');
  },
  /** `pathPattern` of a CloudFront → origin edge: the cache behavior that targets this origin. */
  edgeProps(r, ref, to, groupOf, warnings) {
    const config = rec(r.props['DistributionConfig']);
    const originIds = list(config['Origins'])
      .filter((o) => collectRefs(rec(o)['DomainName']).some((id) => groupOf(id) === to) || collectRefs(rec(o)).includes(ref))
      .map((o) => rec(o)['Id'])
      .filter((id): id is string => typeof id === 'string');
    if (!originIds.length) return {};
    if (originIds.includes(rec(config['DefaultCacheBehavior'])['TargetOriginId'] as string)) return {};
    const behaviors = list(config['CacheBehaviors']).filter((b) => originIds.includes(rec(b)['TargetOriginId'] as string));
    const pattern = rec(behaviors[0])['PathPattern'];
    if (behaviors.length > 1) warnings.push(`${r.id}: ${behaviors.length} cache behaviors use one origin; the first (${String(pattern)}) is kept`);
    return typeof pattern === 'string' && /^[A-Za-z0-9_\-.*$/~"'@:+&=?%!]{1,255}$/.test(pattern) ? { pathPattern: pattern } : {};
  },
};
