/**
 * An imported resource the catalog does not model, written back unchanged:
 * `{ Type, Properties (omitted when empty), ...attributes }` under its original logical id.
 */
import type { CfnResource, NodeEmitter } from '../../cfn/context';

function isEmptyObject(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
}

export const emitCfnResource: NodeEmitter = (node, ctx) => {
  const type = typeof node.props['type'] === 'string' ? node.props['type'] : 'AWS::CloudFormation::WaitConditionHandle';
  const properties = node.props['properties'];
  const attributes = node.props['attributes'];
  const resource: CfnResource = {
    Type: type,
    ...(isEmptyObject(properties) ? {} : { Properties: properties as Record<string, unknown> }),
    ...(attributes && typeof attributes === 'object' && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : {}),
  };
  ctx.addVerbatim(ctx.id(node.id), resource, node.id);
};
