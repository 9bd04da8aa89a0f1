import type { Design } from './types';

/** The design as a `*.stackcanvas.json` file: fixed key order, two-space indent, trailing newline. */
export function serializeDesign(design: Design): string {
  const doc = {
    format: design.format,
    version: design.version,
    name: design.name,
    nodes: design.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      ...(n.label !== undefined ? { label: n.label } : {}),
      position: { x: n.position.x, y: n.position.y },
      props: n.props,
    })),
    edges: design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, props: e.props })),
    ...(design.extras ? { extras: design.extras } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
