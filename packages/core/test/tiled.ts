/** A large design for layout tests: `cells` copies of the reference architecture side by side in rows. */
import { REFERENCE_DESIGN } from '../src/examples';
import type { Design } from '../src/model/types';

export function tiled(cells: number): Design {
  const columns = Math.ceil(Math.sqrt(cells));
  const nodes = [];
  const edges = [];
  for (let c = 0; c < cells; c++) {
    const ox = (c % columns) * 1800;
    const oy = Math.floor(c / columns) * 900;
    for (const n of REFERENCE_DESIGN.nodes) nodes.push({ ...n, id: `${n.id}-${c}`, position: { x: n.position.x + ox, y: n.position.y + oy } });
    for (const e of REFERENCE_DESIGN.edges) edges.push({ ...e, id: `${e.id}-${c}`, source: `${e.source}-${c}`, target: `${e.target}-${c}` });
  }
  return { ...REFERENCE_DESIGN, nodes, edges };
}
