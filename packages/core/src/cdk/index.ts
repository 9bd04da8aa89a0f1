/** CDK project export: a design → the files of a TypeScript CDK app (and a zip of them). */
export { toCdkProject, cdkProjectZip, cdkProjectNames, CDK_VERSIONS, type CdkProject, type CdkProjectNames } from './project';
export { cdkPrimaryResources, planVpc } from './stack';
export { tsString } from './literal';
export { RECOMMENDED_FEATURE_FLAGS } from './feature-flags';
