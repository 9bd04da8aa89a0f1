/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitCloudFront } from './cfn';
import { cloudfrontCdk } from './cdk';
import { cloudfrontImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitCloudFront,
    resources: {
      'AWS::CloudFront::Distribution': { primary: true, tags: 'standard' },
      'AWS::CloudFront::OriginAccessControl': {},
      'AWS::CloudFront::VpcOrigin': { tags: 'standard' },
    },
  },
  cdk: {
    ...cloudfrontCdk,
    idSuffix: 'Distribution',
    primaryResources: (n, index) =>
      index.outgoing(n.id).some((e) => ['s3', 'alb', 'apigateway'].includes(index.nodes.get(e.target)?.kind ?? '')) ? ['AWS::CloudFront::Distribution'] : [],
  },
  importer: cloudfrontImporter,
};
