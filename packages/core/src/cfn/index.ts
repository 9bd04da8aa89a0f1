/** Public surface of the CloudFormation export (re-exported by `@stackcanvas/core`). */
import { loadFacets } from '../catalog/index';
export {
  cfnTemplateText,
  exportCloudFormation,
  exportStacks,
  mergeExtras,
  toCfnJson,
  toCfnYaml,
  toCloudFormation,
  ENVIRONMENTS,
  type CfnExport,
} from './template';
export { joinUsEast1, US_EAST_1, type CfnStack, type CfnStacks } from './stacks';
export { cfnStacksZip, stacksReadme } from './bundle';
export {
  CfnExportError,
  EDGE_METADATA_KEY,
  NETWORK_IDS,
  NODE_METADATA_KEY,
  names as cfnNames,
  type CfnOutput,
  type CfnParameter,
  type CfnResource,
  type CfnTemplate,
} from './context';
export * from './yaml';

// The emitters and importers of every kind are loaded before anything here is called.
await loadFacets();
