/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitCfnResource } from './cfn';
import { cfnResourceCdk } from './cdk';

export const facets: KindFacets = {
  cfn: { emit: emitCfnResource, resources: {} },
  cdk: { ...cfnResourceCdk, idSuffix: 'Resource', primaryResources: () => [] },
};
