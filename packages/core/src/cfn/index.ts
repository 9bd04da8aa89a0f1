/** Public surface of the CloudFormation export (re-exported by `@stackcanvas/core`). */
import { loadFacets } from '../catalog/index';
export { cfnTemplateText, exportCloudFormation, mergeExtras, toCfnJson, toCfnYaml, toCloudFormation, ENVIRONMENTS, type CfnExport } from './template';
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
