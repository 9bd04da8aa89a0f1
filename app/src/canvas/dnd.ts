import { NODE_HEIGHT, NODE_WIDTH, type Design, type Kind, type Position } from '@stackcanvas/core';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useAppStoreApi } from '../store/provider';

/** The drag-and-drop data type of a palette item (its value is the kind). */
export const KIND_MIME = 'application/x-stackcanvas-kind';

/** A free spot at or near `p`: steps diagonally while another node sits exactly there. */
export function freeSpot(design: Design, p: Position): Position {
  const taken = new Set(design.nodes.map((n) => `${n.position.x},${n.position.y}`));
  let { x, y } = p;
  for (let i = 0; i < 50 && taken.has(`${x},${y}`); i++) {
    x += 20;
    y += 20;
  }
  return { x, y };
}

export function snap(p: Position, on: boolean, grid = 20): Position {
  return on ? { x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid } : p;
}

/** Adds a node of `kind` centred in the visible part of the canvas (click or Enter in the palette). */
export function useAddAtCenter(): (kind: Kind) => void {
  const flow = useReactFlow();
  const store = useAppStoreApi();
  return useCallback(
    (kind: Kind) => {
      const pane = document.querySelector('[data-testid="canvas"]');
      const rect = pane?.getBoundingClientRect();
      const centre = rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
      const s = store.getState();
      const at = freeSpot(s.design, snap({ x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 }, s.snapToGrid));
      s.addNode(kind, at);
    },
    [flow, store],
  );
}
