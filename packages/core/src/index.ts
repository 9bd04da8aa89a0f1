/** @stackcanvas/core: the whole domain, framework-free. Pure functions in, data out. */
export * from './catalog/index';
export * from './model/types';
export * from './model/parse';
export * from './model/size';
export * from './model/memo';
export * from './model/serialize';
export * from './model/graph';
export * from './rules/index';
export * from './examples';
export * from './cfn/yaml';
export * from './cfn/logical-ids';
export * from './cfn/index';
export * from './model/ops';
export * from './layout/index';
export * from './share/index';
export * from './cdk/index';
export * from './import/index';
