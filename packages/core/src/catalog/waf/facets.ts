/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitWaf } from './cfn';
import { wafCdk } from './cdk';
import { wafImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitWaf,
    resources: { 'AWS::WAFv2::WebACL': { primary: true, tags: 'standard', customNames: ['Name'] }, 'AWS::WAFv2::WebACLAssociation': {} },
  },
  cdk: {
    ...wafCdk,
    idSuffix: 'WebAcl',
    primaryResources(n, index) {
      const targets = index.outgoing(n.id).map((e) => index.nodes.get(e.target)?.kind);
      return targets.includes('cloudfront') && targets.includes('alb') ? ['AWS::WAFv2::WebACL', 'AWS::WAFv2::WebACL'] : ['AWS::WAFv2::WebACL'];
    },
  },
  importer: wafImporter,
  usEast1: {
    needed: (n, index) => index.outgoing(n.id).some((e) => index.nodes.get(e.target)?.kind === 'cloudfront'),
    moves: (r) => r.Type === 'AWS::WAFv2::WebACL' && r.Properties?.['Scope'] === 'CLOUDFRONT',
  },
};
