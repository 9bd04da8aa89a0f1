import { q } from '../context';
import type { Rule } from '../types';

export const wafCloudfrontScope: Rule = {
  id: 'SC2007',
  family: 'edge',
  severity: 'info',
  title: { en: 'WAF for CloudFront: CLOUDFRONT scope in us-east-1', ko: 'CloudFront용 WAF: us-east-1의 CLOUDFRONT 범위' },
  description: {
    en: 'A web ACL that protects a CloudFront distribution must have the CLOUDFRONT scope and be created in US East (N. Virginia), us-east-1. The exports put it in a small companion stack for us-east-1; the main stack, deployable in any Region, takes its ARN.',
    ko: 'CloudFront 배포를 보호하는 웹 ACL은 CLOUDFRONT 범위여야 하며 미국 동부(버지니아 북부) us-east-1에 생성해야 합니다. 내보내기는 이 ACL을 us-east-1용 작은 보조 스택에 넣고, 어느 리전에나 배포할 수 있는 기본 스택이 그 ARN을 받습니다.',
  },
  fix: {
    en: 'Deploy the us-east-1 stack (CloudFormation: <name>.template.us-east-1.yaml; CDK: the <Name>-<stage>-us-east-1 stack) first, in us-east-1, then the main stack in your Region with its web ACL ARN output as the parameter (docs/cloudformation.md lists the commands).',
    ko: '먼저 us-east-1 스택(CloudFormation: <name>.template.us-east-1.yaml, CDK: <Name>-<stage>-us-east-1 스택)을 us-east-1에 배포한 뒤, 그 웹 ACL ARN 출력을 파라미터로 넘겨 기본 스택을 원하는 리전에 배포하세요(명령은 docs/cloudformation.md 참고).',
  },
  docsUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html',
  *check(ctx) {
    for (const waf of ctx.index.ofKind('waf')) {
      const cdns = ctx.callees(waf).filter((c) => c.target.kind === 'cloudfront');
      if (cdns.length === 0) continue;
      yield {
        message: {
          en: `${q(waf)} protects ${cdns.map((c) => q(c.target)).join(', ')}: its web ACL is CLOUDFRONT scope, created in us-east-1 by a companion stack of the export (deploy it first).`,
          ko: `${q(waf)}은(는) ${cdns.map((c) => q(c.target)).join(', ')}을(를) 보호하므로 웹 ACL은 CLOUDFRONT 범위이며, 내보내기의 보조 스택이 us-east-1에 만듭니다(먼저 배포하세요).`,
        },
        nodes: [waf.id, ...cdns.map((c) => c.target.id)],
        edges: cdns.map((c) => c.edge.id),
      };
    }
  },
};
