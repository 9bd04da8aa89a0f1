/**
 * CloudFront → a distribution with one origin per outgoing edge, the default behavior (the edge
 * without a path pattern) and one cache behavior per path pattern; AWS managed cache policies
 * (CachingOptimized for S3, CachingDisabled for a load balancer, whose requests carry cookies and
 * query strings to the application), redirect-to-HTTPS, HTTP/2 and HTTP/3; origin access control
 * for S3 origins; an internal ALB is reached through a CloudFront VPC origin; an API Gateway REST
 * API through its regional endpoint over HTTPS at the environment's stage, not cached at the edge
 * (its stage cache caches); a WAF web ACL when a WAF node protects it.
 */
import { CfnExportError, type CfnObject, type NodeEmitter, getAtt, join, names, propBool, propString, ref, select, sub } from '../../cfn/context';
import type { DesignEdge, DesignNode } from '../../model/types';

/** AWS managed cache and origin request policies (ids are the same in every account). */
export const MANAGED_POLICIES = {
  cachingOptimized: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  cachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
  allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
} as const;

const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

/** A name unique per stack within 64 characters: `<id>-<stack uuid>`. */
function stackUniqueName(id: string): CfnObject {
  return join('-', [id.slice(0, 27), select(2, { 'Fn::Split': ['/', ref('AWS::StackId')] })]);
}

function pathPattern(edge: DesignEdge): string | undefined {
  const p = edge.props['pathPattern'];
  return typeof p === 'string' && p !== '' && p !== '*' ? p : undefined;
}

export const emitCloudFront: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const edges = ctx.sorted([...ctx.callees(node.id, 's3'), ...ctx.callees(node.id, 'alb'), ...ctx.callees(node.id, 'apigateway')]).map((x) => x.edge);
  if (edges.length === 0) {
    throw new CfnExportError('SC-X006', { node: node.label ?? node.id }, [node.id]);
  }
  const origins: CfnObject[] = [];
  const originIds = new Set<string>();
  let needsOac = false;
  for (const edge of edges) {
    const target = ctx.node(edge.target);
    const tid = ctx.id(target.id);
    if (originIds.has(tid)) continue;
    originIds.add(tid);
    if (target.kind === 's3') {
      needsOac = true;
      origins.push({
        Id: tid,
        DomainName: getAtt(tid, 'RegionalDomainName'),
        S3OriginConfig: { OriginAccessIdentity: '' },
        OriginAccessControlId: getAtt(names.originAccessControl(id), 'Id'),
      });
    } else if (target.kind === 'apigateway') {
      // The API's regional endpoint over HTTPS, at the stage of this environment (the stage is named after it).
      origins.push({
        Id: tid,
        DomainName: sub(`\${${tid}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}`),
        OriginPath: sub('/${EnvironmentName}'),
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', HTTPPort: 80, HTTPSPort: 443, OriginSSLProtocols: ['TLSv1.2'] },
      });
    } else if (propBool(target, 'internetFacing', true)) {
      origins.push({
        Id: tid,
        DomainName: getAtt(tid, 'DNSName'),
        CustomOriginConfig: { OriginProtocolPolicy: 'http-only', HTTPPort: 80, HTTPSPort: 443, OriginSSLProtocols: ['TLSv1.2'] },
      });
    } else {
      const vpcOrigin = names.vpcOrigin(id, tid);
      ctx.add(
        vpcOrigin,
        {
          Type: 'AWS::CloudFront::VpcOrigin',
          Properties: {
            VpcOriginEndpointConfig: { Name: stackUniqueName(tid), Arn: ref(tid), HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only' },
          },
        },
        node.id,
        edge.id,
      );
      origins.push({ Id: tid, DomainName: getAtt(tid, 'DNSName'), VpcOriginConfig: { VpcOriginId: getAtt(vpcOrigin, 'Id') } });
    }
  }
  const behavior = (target: DesignNode): CfnObject =>
    target.kind === 's3'
      ? {
          TargetOriginId: ctx.id(target.id),
          ViewerProtocolPolicy: 'redirect-to-https',
          CachePolicyId: MANAGED_POLICIES.cachingOptimized,
          AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
          CachedMethods: ['GET', 'HEAD', 'OPTIONS'],
          Compress: true,
        }
      : {
          TargetOriginId: ctx.id(target.id),
          ViewerProtocolPolicy: 'redirect-to-https',
          CachePolicyId: MANAGED_POLICIES.cachingDisabled,
          OriginRequestPolicyId: MANAGED_POLICIES.allViewerExceptHostHeader,
          AllowedMethods: ALL_METHODS,
          CachedMethods: ['GET', 'HEAD'],
          Compress: true,
        };
  // The default behavior: the edge without a path pattern (validation requires exactly one);
  // should there be none, the first edge.
  const defaultEdge = edges.find((e) => pathPattern(e) === undefined) ?? edges[0]!;
  const defaultTarget = ctx.node(defaultEdge.target);
  const seen = new Set<string>();
  const cacheBehaviors: CfnObject[] = [];
  for (const edge of edges) {
    const pattern = pathPattern(edge);
    if (edge === defaultEdge || pattern === undefined || seen.has(pattern)) continue;
    seen.add(pattern);
    cacheBehaviors.push({ PathPattern: pattern, ...behavior(ctx.node(edge.target)) });
  }
  // CloudFront matches behaviors in order: the most specific (longest) pattern first, then by text.
  cacheBehaviors.sort((a, b) => {
    const pa = a['PathPattern'] as string;
    const pb = b['PathPattern'] as string;
    return pb.length - pa.length || (pa < pb ? -1 : pa > pb ? 1 : 0);
  });
  if (needsOac) {
    ctx.add(
      names.originAccessControl(id),
      {
        Type: 'AWS::CloudFront::OriginAccessControl',
        Properties: {
          OriginAccessControlConfig: {
            Name: stackUniqueName(id),
            Description: `${id}: signed requests to its S3 origins`,
            OriginAccessControlOriginType: 's3',
            SigningBehavior: 'always',
            SigningProtocol: 'sigv4',
          },
        },
      },
      node.id,
    );
  }
  const waf = ctx.callers(node.id, 'waf')[0];
  const rootObject = propString(node, 'defaultRootObject', 'index.html');
  ctx.add(
    id,
    {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Comment: `${id} (Stackcanvas design ${JSON.stringify(ctx.design.name).slice(1, -1)})`.slice(0, 128),
          Enabled: true,
          HttpVersion: 'http2and3',
          IPV6Enabled: propBool(node, 'ipv6', true),
          PriceClass: propString(node, 'priceClass', 'PriceClass_100'),
          // A root object only makes sense when the default origin is a bucket; an application answers / itself.
          ...(defaultTarget.kind === 's3' && rootObject ? { DefaultRootObject: rootObject } : {}),
          Origins: origins,
          DefaultCacheBehavior: behavior(defaultTarget),
          ...(cacheBehaviors.length ? { CacheBehaviors: cacheBehaviors } : {}),
          ...(waf ? { WebACLId: getAtt(names.webAclCloudFront(ctx.id(waf.node.id)), 'Arn') } : {}),
          ViewerCertificate: { CloudFrontDefaultCertificate: true },
        },
      },
    },
    node.id,
  );
  ctx.output(`${id}DomainName`, { Description: `Domain name of the ${id} distribution (serve it over https)`, Value: getAtt(id, 'DomainName') });
  ctx.output(`${id}DistributionId`, { Description: `Id of the ${id} distribution (for invalidations)`, Value: ref(id) });
};
