import type { Design } from './types';

/**
 * The design as a `*.stackcanvas.json` file: fixed key order, two-space indent, trailing newline.
 * Everything the document holds is written (version 2: imported resources, what each node and edge
 * took from a template, deployed baselines), so saving and opening again loses nothing.
 */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(designDocument(design), null, 2)}\n`;
}

/** The document object `serializeDesign` writes (so its size can be measured without writing it: `prettyJsonSizeOver`). */
export function designDocument(design: Design): Record<string, unknown> {
  return {
    format: design.format,
    version: design.version,
    name: design.name,
    nodes: design.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      ...(n.label !== undefined ? { label: n.label } : {}),
      position: { x: n.position.x, y: n.position.y },
      props: n.props,
      ...(n.imported !== undefined ? { imported: n.imported } : {}),
    })),
    edges: design.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, props: e.props, ...(e.imported ? { imported: true } : {}) })),
    ...(design.extras ? { extras: design.extras } : {}),
    ...(design.resources !== undefined ? { resources: design.resources } : {}),
    ...(design.baselines !== undefined ? { baselines: design.baselines } : {}),
  };
}
