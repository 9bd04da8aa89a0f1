/**
 * The Template tab fetched ahead for large designs: its code and the design's template, written in
 * the worker (`templateSource.ts`, fetched here only then: it is not part of the first load).
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/provider';

/** From this many components on, the template is written in the worker. */
export const WORKER_THRESHOLD = 200;

/** Exports a large design ahead, in the worker, once it has been still for a second (and fetches the tab's code with `preload`). */
export function useTemplatePrefetch(preload: () => Promise<unknown>): void {
  const design = useAppStore((s) => s.design);
  useEffect(() => {
    if (design.nodes.length < WORKER_THRESHOLD) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      const run = () => {
        void import('./templateSource').then(({ templateInWorker }) => templateInWorker(design, 'yaml')).catch(() => undefined);
        void preload().catch(() => undefined);
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, 1000);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [design, preload]);
}
