/** CDK project export: a design → the files of a TypeScript CDK app (and a zip of them). */
import { loadFacets } from '../catalog/index';
export { toCdkProject, cdkProjectZip, cdkProjectNames, CDK_VERSIONS, type CdkProject, type CdkProjectNames } from './project';
export { cdkPrimaryResources } from './stack';
export { tsString } from './literal';
export { RECOMMENDED_FEATURE_FLAGS } from './feature-flags';

// The emitters and importers of every kind are loaded before anything here is called.
await loadFacets();
