/**
 * Where the app's auto-layout runs elkjs: graphs of `ELK_WORKER_NODES` components or more go to a
 * Web Worker (`elkWorker.ts`), smaller ones stay in the main thread (a worker's start costs more
 * than their layout). If the worker cannot start or fails, the layout runs in the main thread.
 * `installElkWorker()` is called once at start-up; the worker itself starts on the first large layout.
 */
import { elkLayout, setElkRunner, type ElkNode } from '@stackcanvas/core';
import type { ElkRequest, ElkResponse } from './elkWorker';

/** From this many components on, elkjs runs in the worker. */
export const ELK_WORKER_NODES = 40;

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, (r: ElkResponse | null) => void>();

function elkWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./elkWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ElkResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const done of pending.values()) done(null);
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** elkjs on `graph` in the worker; in this thread when the worker cannot. */
export async function elkInWorker(graph: ElkNode): Promise<ElkNode> {
  const w = elkWorker();
  if (!w) return elkLayout(graph);
  const id = ++nextId;
  const answer = await new Promise<ElkResponse | null>((resolve) => {
    pending.set(id, resolve);
    const request: ElkRequest = { id, graph };
    w.postMessage(request);
  });
  return answer && 'graph' in answer ? answer.graph : elkLayout(graph);
}

export function installElkWorker(): void {
  if (typeof Worker === 'undefined') return;
  setElkRunner((graph, nodes) => (nodes >= ELK_WORKER_NODES ? elkInWorker(graph) : null));
}
