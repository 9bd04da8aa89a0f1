/**
 * elkjs in a Web Worker: the app's `autoLayout` hands large graphs here (`elkRunner.ts`), so the
 * layered layout of hundreds of components never blocks the main thread. `{ id, graph }` is
 * answered `{ id, graph }` (laid out) or `{ id, error }`.
 */
import type { ElkNode } from '@stackcanvas/core';

export interface ElkRequest {
  readonly id: number;
  readonly graph: ElkNode;
}
export type ElkResponse = { readonly id: number; readonly graph: ElkNode } | { readonly id: number; readonly error: string };

let layout: Promise<(graph: ElkNode) => Promise<ElkNode>> | undefined;

self.onmessage = async (event: MessageEvent<ElkRequest>) => {
  const { id, graph } = event.data;
  let response: ElkResponse;
  try {
    // Core's own elkjs (the bundled build, which runs synchronously: here, off the main thread).
    const elkLayout = await (layout ??= import('@stackcanvas/core/layout').then((m) => m.elkLayout));
    response = { id, graph: await elkLayout(graph) };
  } catch (e) {
    response = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
