/** Public surface of the CloudFormation export (re-exported by `@stackcanvas/core`). */
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
export { CFN_EMITTERS } from './emitters';
export { CLOUDFRONT_PREFIX_LISTS, servicePort } from './security-groups';
