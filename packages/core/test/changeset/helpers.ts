import { parseDesign, type Design } from '../../src/index';
import { toCloudFormation } from '../../src/cfn/index';
import type { ChangeSet, ResourceChange } from '../../src/changeset/index';

export type Template = { Resources: Record<string, unknown>; [section: string]: unknown };

export function template(resources: Record<string, unknown>, sections: Record<string, unknown> = {}): Template {
  return { AWSTemplateFormatVersion: '2010-09-09', ...sections, Resources: resources };
}

export function change(cs: ChangeSet, logicalId: string, action?: string): ResourceChange {
  const found = cs.changes.filter((c) => c.logicalId === logicalId && (!action || c.action === action));
  if (found.length !== 1)
    throw new Error(
      `expected one change of ${logicalId}${action ? ` (${action})` : ''}, got ${JSON.stringify(cs.changes.map((c) => [c.logicalId, c.action]))}`,
    );
  return found[0]!;
}

export function codes(cs: ChangeSet, logicalId?: string): string[] {
  return cs.findings.filter((f) => !logicalId || f.logicalId === logicalId).map((f) => f.code);
}

export function design(
  nodes: { id: string; kind: string; props?: Record<string, unknown> }[],
  edges: { id: string; source: string; target: string }[] = [],
): Design {
  const r = parseDesign({ format: 'stackcanvas.design', version: 1, name: 't', nodes: nodes.map((n) => ({ props: {}, ...n })), edges });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

/** The design's export, as plain JSON (what `--to cfn-json` writes). */
export function exported(d: Design): Template {
  return JSON.parse(JSON.stringify(toCloudFormation(d))) as Template;
}

export function withProps(d: Design, nodeId: string, props: Record<string, unknown>): Design {
  return { ...d, nodes: d.nodes.map((n) => (n.id === nodeId ? { ...n, props: { ...n.props, ...props } } : n)) };
}
