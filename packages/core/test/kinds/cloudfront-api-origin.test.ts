/** CloudFront in front of API Gateway: the API's regional endpoint as an origin, at the environment's stage. */
import { describe, expect, it } from 'vitest';
import { canConnect, type CfnTemplate, type Design } from '../../src/index';
import { toCloudFormation } from '../../src/cfn/index';
import { toCdkProject } from '../../src/cdk/index';
import { importTemplate } from '../../src/import/index';
import { design } from '../../src/rules/fixture-builder';

type Res = { Type: string; Properties?: Record<string, any> };
const config = (t: CfnTemplate) => (t.Resources as Record<string, Res>)['Cdn']!.Properties!['DistributionConfig'];

describe('CloudFront → API Gateway', () => {
  it('is an allowed connection, one way', () => {
    expect(canConnect('cloudfront', 'apigateway')).toBe(true);
    expect(canConnect('apigateway', 'cloudfront')).toBe(false);
  });

  it('reaches the regional endpoint over HTTPS at the stage named after the environment, not cached at the edge', () => {
    const c = config(toCloudFormation(design({ cdn: 'cloudfront', api: 'apigateway', fn: 'lambda' }, ['cdn>api', 'api>fn'])));
    expect(c['Origins']).toEqual([
      {
        Id: 'Api',
        DomainName: { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}' },
        OriginPath: { 'Fn::Sub': '/${EnvironmentName}' },
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', HTTPPort: 80, HTTPSPort: 443, OriginSSLProtocols: ['TLSv1.2'] },
      },
    ]);
    // The stage cache caches; CloudFront forwards every header but Host (the API answers on its own host name).
    expect(c['DefaultCacheBehavior']).toMatchObject({
      TargetOriginId: 'Api',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      ViewerProtocolPolicy: 'redirect-to-https',
    });
    expect(c['DefaultCacheBehavior'].AllowedMethods).toContain('POST');
    expect(c).not.toHaveProperty('DefaultRootObject');
  });

  it('serves a bucket by default and the API under a path pattern; import gives the pattern back', () => {
    const d = design({ cdn: 'cloudfront', site: 's3', api: 'apigateway', fn: 'lambda' }, ['cdn>site', ['cdn>api', { pathPattern: '/api/*' }], 'api>fn']);
    const c = config(toCloudFormation(d));
    expect(c['DefaultCacheBehavior'].TargetOriginId).toBe('Site');
    expect(c['CacheBehaviors']).toEqual([expect.objectContaining({ PathPattern: '/api/*', TargetOriginId: 'Api' })]);
    const r = importTemplate(toCloudFormation(d) as unknown as object);
    if (!r.ok) throw new Error(r.error.message);
    const edge = (x: Design) => x.edges.find((e) => e.source === 'cdn' && e.target === 'api')?.props;
    expect(edge(r.design)).toEqual(edge(d));
  });

  it('CDK: a RestApiOrigin behind a CachingDisabled behavior', () => {
    const files = toCdkProject(design({ cdn: 'cloudfront', api: 'apigateway', fn: 'lambda' }, ['cdn>api', 'api>fn'])).files;
    const stack = files[Object.keys(files).find((f) => f.endsWith('-stack.ts'))!]!;
    expect(stack).toMatch(/const apiCdnOrigin = new origins\.RestApiOrigin\(api\);/);
    expect(stack).toMatch(/origin: apiCdnOrigin,[\s\S]*cachePolicy: cloudfront\.CachePolicy\.CACHING_DISABLED/);
  });
});
