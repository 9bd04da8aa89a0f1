import { tsString, tsValue } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

/** Attributes of an imported resource written back as raw overrides, in this order. */
const ATTRIBUTES = ['Condition', 'CreationPolicy', 'DeletionPolicy', 'DependsOn', 'Metadata', 'UpdatePolicy', 'UpdateReplacePolicy'];

/**
 * A resource imported from a template that the catalog does not model: an L1 `CfnResource` with
 * its type and properties verbatim, and its original logical id.
 */
export const cfnResourceCdk: CdkEmitter = {
  // First: other nodes may refer to it (an Auto Scaling group notifies an imported topic).
  phase: 5,
  emit(node, ctx) {
    const v = ctx.v(node.id);
    const p = node.props;
    const props = p['properties'] && typeof p['properties'] === 'object' ? p['properties'] : {};
    const lines = [
      `// Imported resource kept verbatim (Stackcanvas does not model this type).`,
      `const ${v} = new cdk.CfnResource(this, ${tsString(ctx.id(node.id))}, {`,
      `  type: ${tsString(String(p['type'] ?? 'AWS::CloudFormation::WaitConditionHandle'))},`,
      `  properties: ${tsValue(props, '  ')},`,
      `});`,
    ];
    if (typeof p['logicalId'] === 'string' && p['logicalId']) lines.push(`${v}.overrideLogicalId(${tsString(p['logicalId'])});`);
    const attrs = p['attributes'] && typeof p['attributes'] === 'object' ? (p['attributes'] as Record<string, unknown>) : {};
    for (const a of ATTRIBUTES) {
      if (a in attrs && a !== 'Metadata') lines.push(`${v}.addOverride(${tsString(a)}, ${tsValue(attrs[a])});`);
    }
    if (attrs['Metadata'] && typeof attrs['Metadata'] === 'object') {
      for (const [k, val] of Object.entries(attrs['Metadata'] as Record<string, unknown>)) {
        lines.push(`${v}.addMetadata(${tsString(k)}, ${tsValue(val)});`);
      }
    }
    return lines;
  },
};
