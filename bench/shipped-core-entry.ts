/** What the in-process figures time, bundled as it ships (see shipped-core.ts). */
export { validate } from '@stackcanvas/core';
export { cfnTemplateText, toCfnYaml, toCloudFormation } from '@stackcanvas/core/cfn';
