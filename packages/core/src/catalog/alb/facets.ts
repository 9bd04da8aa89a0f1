/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { albIngress, albSecurityGroupAcknowledgements, emitAlb } from './cfn';
import { albCdk } from './cdk';
import { albImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitAlb,
    ingress: albIngress,
    securityGroupAcknowledgements: albSecurityGroupAcknowledgements,
    resources: {
      'AWS::ElasticLoadBalancingV2::LoadBalancer': { primary: true, tags: 'standard' },
      'AWS::ElasticLoadBalancingV2::TargetGroup': { tags: 'standard' },
      'AWS::ElasticLoadBalancingV2::Listener': { untagged: 'cfn-lint 1.51 does not know Tags on listeners (E3002)' },
      'AWS::ElasticLoadBalancingV2::ListenerRule': { untagged: 'cfn-lint 1.51 does not know Tags on listener rules (E3002)' },
      'AWS::SecretsManager::Secret': { tags: 'standard' },
    },
  },
  cdk: { ...albCdk, idSuffix: 'LoadBalancer', primaryResources: () => ['AWS::ElasticLoadBalancingV2::LoadBalancer'] },
  importer: albImporter,
  reach: { port: () => 80 },
};
