/**
 * @stackcanvas/core: the light part of the domain, framework-free. Pure functions in, data out.
 *
 * This entry is what the app's first paint needs (catalog, design model, rules, share links,
 * traffic, layout whose elkjs loads on demand). The heavy parts have their own entries, which
 * load every kind's facets at module level and are imported on demand:
 * `@stackcanvas/core/cfn` (CloudFormation export, YAML writer), `/cdk` (CDK project),
 * `/import` (templates and design files from untrusted text), and the change-set entry.
 */
export * from './catalog/index';
export * from './model/types';
export * from './model/parse';
export * from './model/size';
export * from './model/text';
export * from './model/numbers';
export * from './model/memo';
export * from './model/serialize';
export * from './model/graph';
export * from './rules/index';
export * from './examples';
export * from './cfn/logical-ids';
export { EDGE_METADATA_KEY, LABEL_METADATA_KEY, NODE_METADATA_KEY } from './cfn/metadata-keys';
export type { CfnOutput, CfnParameter, CfnResource, CfnTemplate } from './cfn/context';
export * from './model/ops';
export * from './layout/index';
export * from './share/index';
export * from './traffic/index';
export * from './network/plan';
export * from './i18n/josa';
export * from './i18n/particles';
export * from './i18n/fill';
export * from './errors/catalogue';
export * from './limits/index';
