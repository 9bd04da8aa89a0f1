import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';
import type { DesignEdge, DesignNode } from '../../model/types';

/** The kinds a distribution takes as origins. */
const ORIGIN_KINDS: ReadonlySet<string> = new Set(['s3', 'alb', 'apigateway']);

const PRICE_CLASSES: Readonly<Record<string, string>> = {
  PriceClass_100: 'PRICE_CLASS_100',
  PriceClass_200: 'PRICE_CLASS_200',
  PriceClass_All: 'PRICE_CLASS_ALL',
};

/**
 * CloudFront Distribution: one origin per edge (S3 through origin access control, the ALB over
 * HTTP or, when internal, through a VPC origin; a REST API at its stage over HTTPS), one cache behavior per path pattern, HTTPS
 * redirect, HTTP/2 and HTTP/3, the web ACL of a WAF that protects it.
 */
export const cloudfrontCdk: CdkEmitter = {
  phase: 70,
  emit(node, ctx) {
    ctx.use('cloudfront');
    ctx.use('origins');
    const v = ctx.v(node.id);
    const p = node.props;
    const edges = ctx.index
      .outgoing(node.id)
      .map((e) => [e, ctx.index.nodes.get(e.target)] as const)
      .filter((x): x is readonly [DesignEdge, DesignNode] => !!x[1] && ORIGIN_KINDS.has(x[1].kind))
      .sort(([a], [b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (edges.length === 0) {
      return [`// CloudFront node ${node.id} has no origin yet: connect it to an S3 bucket, a load balancer or an API.`];
    }
    const lines: string[] = [];
    // One origin object per target, shared by the behaviors that use it.
    const originVar = new Map<string, string>();
    for (const [, t] of edges) {
      if (originVar.has(t.id)) continue;
      const ov = ctx.helperVar(t.id, `${ctx.id(node.id)}Origin`);
      originVar.set(t.id, ov);
      if (t.kind === 's3') {
        lines.push(`const ${ov} = origins.S3BucketOrigin.withOriginAccessControl(${ctx.v(t.id)});`);
      } else if (t.kind === 'apigateway') {
        lines.push(
          `// The API's regional endpoint over HTTPS, at its deployment stage (named after the stage being deployed).`,
          `const ${ov} = new origins.RestApiOrigin(${ctx.v(t.id)});`,
        );
      } else if (t.props['internetFacing'] === false) {
        lines.push(
          `// The load balancer is internal: CloudFront reaches it through a VPC origin, never the internet.`,
          `const ${ov} = origins.VpcOrigin.withApplicationLoadBalancer(${ctx.v(t.id)}, {`,
          `  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,`,
          `});`,
        );
      } else {
        lines.push(`const ${ov} = new origins.LoadBalancerV2Origin(${ctx.v(t.id)}, {`, `  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,`, `});`);
      }
    }
    const behavior = (t: DesignNode, indent: string): string[] => {
      const o = originVar.get(t.id)!;
      if (t.kind === 's3') {
        return [
          `${indent}// Static objects: cached at the edge (CachingOptimized) and compressed.`,
          `${indent}origin: ${o},`,
          `${indent}viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,`,
          `${indent}cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,`,
          `${indent}compress: true,`,
        ];
      }
      return [
        `${indent}// Dynamic, per-user responses: not cached (CachingDisabled); cookies and headers reach the`,
        `${indent}// application so that sessions work.`,
        `${indent}origin: ${o},`,
        `${indent}viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,`,
        `${indent}allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,`,
        `${indent}cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,`,
        `${indent}originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,`,
      ];
    };
    const withPath = edges.filter(([e]) => typeof e.props['pathPattern'] === 'string' && e.props['pathPattern']);
    const defaultEdge = edges.find(([e]) => !(typeof e.props['pathPattern'] === 'string' && e.props['pathPattern'])) ?? edges[0]!;
    const wafs = ctx.index
      .incoming(node.id)
      .map((e) => ctx.index.nodes.get(e.source))
      .filter((n) => n?.kind === 'waf')
      .map((n) => n!.id)
      .sort();
    const rootObject = typeof p['defaultRootObject'] === 'string' ? p['defaultRootObject'] : '';
    lines.push(
      `const ${v} = new cloudfront.Distribution(this, ${tsString(ctx.id(node.id))}, {`,
      `  defaultBehavior: {`,
      ...behavior(defaultEdge[1], '    '),
      `  },`,
    );
    const seen = new Set<string>();
    const additional = withPath
      .filter(([e]) => {
        const path = String(e.props['pathPattern']);
        if (seen.has(path) || e === defaultEdge[0]) return false;
        seen.add(path);
        return true;
      })
      .sort(([a], [b]) => (String(a.props['pathPattern']) < String(b.props['pathPattern']) ? -1 : 1));
    if (additional.length) {
      lines.push(`  additionalBehaviors: {`);
      for (const [e, t] of additional) {
        lines.push(`    ${tsString(String(e.props['pathPattern']))}: {`, ...behavior(t, '      '), `    },`);
      }
      lines.push(`  },`);
    }
    if (rootObject) lines.push(`  defaultRootObject: ${tsString(rootObject)},`);
    lines.push(
      `  priceClass: cloudfront.PriceClass.${PRICE_CLASSES[String(p['priceClass'])] ?? 'PRICE_CLASS_100'},`,
      `  httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,`,
      `  enableIpv6: ${p['ipv6'] === false ? 'false' : 'true'},`,
    );
    if (wafs[0]) lines.push(`  webAclId: ${ctx.v(wafs[0])}.attrArn,`);
    lines.push(`});`);
    ctx.output(`${ctx.id(node.id)}DomainName`, `${v}.distributionDomainName`, `Domain name of distribution ${node.id}`);
    return lines;
  },
};
