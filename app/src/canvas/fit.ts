/**
 * "Zoom to fit" that fills the canvas: the nodes and the VPC frame (with its subnet rows when
 * shown), 20 px from the canvas' edges, no closer than 150 % and, for a huge design, no farther
 * than 20 % (it then opens around its centre instead of as specks). A blank design resets the
 * zoom to 100 % at the origin.
 */
import type { Design } from '@stackcanvas/core';
import { getViewportForBounds, useReactFlow, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useCallback } from 'react';
import { useAppStoreApi } from '../store/provider';
import { diagramBounds } from './scene';

export const FIT = { padding: '20px', minZoom: 0.2, maxZoom: 1.5 } as const;

/** The viewport "Zoom to fit" shows `design` at in a canvas of `pane`'s size; null when the canvas has no size (hidden). */
export function fitViewport(design: Design, subnets: boolean, pane: { readonly width: number; readonly height: number } | undefined): Viewport | null {
  if (!pane || !pane.width || !pane.height) return null;
  const bounds = diagramBounds(design, subnets);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, pane.width, pane.height, FIT.minZoom, FIT.maxZoom, FIT.padding);
}

export function fitDiagram(flow: Pick<ReactFlowInstance, 'setViewport'>, design: Design, subnets: boolean, duration = 0): void {
  const viewport = fitViewport(design, subnets, document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect());
  if (viewport) void flow.setViewport(viewport, { duration });
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
