/**
 * The edge routes the canvas draws (core's `routeEdges`), handed to each edge without
 * re-rendering the others: the canvas publishes a new map after every layout change, and an edge
 * re-renders only when its own route changed (same points = same object kept).
 */
import type { EdgeRoute, Point } from '@stackcanvas/core';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export interface RoutesStore {
  get(id: string): EdgeRoute | undefined;
  subscribe(listener: () => void): () => void;
  publish(next: ReadonlyMap<string, EdgeRoute>): void;
}

const samePoints = (a: readonly Point[], b: readonly Point[]) => a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
const sameRoute = (a: EdgeRoute, b: EdgeRoute) =>
  a.sourceSide === b.sourceSide && a.targetSide === b.targetSide && a.label.x === b.label.x && a.label.y === b.label.y && samePoints(a.points, b.points);

export function createRoutesStore(): RoutesStore {
  let routes = new Map<string, EdgeRoute>();
  const listeners = new Set<() => void>();
  return {
    get: (id) => routes.get(id),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(next) {
      let changed = next.size !== routes.size;
      const merged = new Map<string, EdgeRoute>();
      for (const [id, route] of next) {
        const old = routes.get(id);
        if (old && sameRoute(old, route)) merged.set(id, old);
        else {
          merged.set(id, route);
          changed = true;
        }
      }
      if (!changed) return;
      routes = merged;
      for (const l of listeners) l();
    },
  };
}

export const RoutesContext = createContext<RoutesStore | null>(null);

/** The route of edge `id`, or undefined before the canvas has routed it. */
export function useEdgeRoute(id: string): EdgeRoute | undefined {
  const store = useContext(RoutesContext);
  const subscribe = useCallback((l: () => void) => store?.subscribe(l) ?? (() => undefined), [store]);
  return useSyncExternalStore(subscribe, () => store?.get(id));
}
