/**
 * "Zoom to fit" that fills the canvas: the nodes and the VPC frame (with its subnet rows when
 * shown), 20 px from the canvas' edges, no closer than 150 % and, for a huge design, no farther
 * than 20 % (it then opens around its centre instead of as specks). A blank design resets the
 * zoom to 100 % at the origin.
 */
import type { Design } from '@stackcanvas/core';
import { getViewportForBounds, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useCallback } from 'react';
import { useAppStoreApi } from '../store/provider';
import { diagramBounds } from './scene';

export const FIT = { padding: '20px', minZoom: 0.2, maxZoom: 1.5 } as const;

export function fitDiagram(flow: Pick<ReactFlowInstance, 'setViewport'>, design: Design, subnets: boolean, duration = 0): void {
  const pane = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  if (!pane || !pane.width || !pane.height) return;
  const bounds = diagramBounds(design, subnets);
  if (!bounds) {
    void flow.setViewport({ x: 0, y: 0, zoom: 1 }, { duration });
    return;
  }
  const viewport = getViewportForBounds(bounds, pane.width, pane.height, FIT.minZoom, FIT.maxZoom, FIT.padding);
  void flow.setViewport(viewport, { duration });
}

/** `fit(duration?)`: zoom to fit the current design. */
export function useFitDiagram(): (duration?: number) => void {
  const flow = useReactFlow();
  const store = useAppStoreApi();
  return useCallback(
    (duration = 300) => {
      const s = store.getState();
      fitDiagram(flow, s.design, s.showSubnets, duration);
    },
    [flow, store],
  );
}
