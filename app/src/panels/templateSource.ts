/**
 * Where the Template tab's text comes from. Small designs are exported on the main thread through
 * the store's memo (shared with the change set); designs of `WORKER_THRESHOLD` components or more
 * are exported in a Web Worker running core (`templateWorker.ts`), so the tab and the canvas stay
 * responsive while megabytes of YAML are written. Neither path is part of the first load: the
 * exporter (`@stackcanvas/core/cfn`) is loaded on demand, in the worker or by `loadCfn()`.
 *
 * A large design is also exported ahead, in the worker, once it has not changed for a second
 * (`useTemplatePrefetch`), so opening the tab shows it at once. Only its structure counts: moving
 * nodes never exports again.
 */
import { memoizeOnStructure, type Design } from '@stackcanvas/core';
import { useEffect, useMemo, useState } from 'react';
import { errorText, type Text } from '../i18n/index';
import type { AppStore } from '../store/createAppStore';
import { useAppStore, useAppStoreApi } from '../store/provider';
import { resourceRanges, type ResourceRange, type TemplateFormat, type TemplateStack } from './templateText';
import type { TemplateRequest, TemplateResponse } from './templateWorker';

import { WORKER_THRESHOLD } from './templatePrefetch';

export { WORKER_THRESHOLD };

/** What the code view shows. */
export interface TemplateView {
  readonly text: string;
  readonly format: TemplateFormat;
  /** Logical id → the node that emitted it. */
  readonly owners: ReadonlyMap<string, string>;
  readonly count: number;
  readonly ranges: readonly ResourceRange[];
  /** The stack shown (the main one when the design has no us-east-1 stack). */
  readonly stack: TemplateStack;
  /** The design also has a us-east-1 stack. */
  readonly hasUsEast1: boolean;
}

export type TemplateState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly view: TemplateView } | { readonly status: 'failed'; readonly message: Text | string };

let tokens = 0;
/** A number that changes exactly when the structure of the design does. */
const structureToken = memoizeOnStructure(() => ++tokens);

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, (r: TemplateResponse | null) => void>();
/** Answers for the current structure only, by format. */
let cache: { token: number; byFormat: Map<string, Promise<TemplateView | null>> } | undefined;

function templateWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./templateWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<TemplateResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      // The worker could not start (or died): every request falls back to the main thread.
      worker?.terminate();
      worker = null;
      for (const done of pending.values()) done(null);
      pending.clear();
      cache = undefined;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** The template of a design written in the worker; null when the worker cannot (the caller exports on the main thread). */
export function templateInWorker(design: Design, format: TemplateFormat, stack: TemplateStack = 'main'): Promise<TemplateView | null> {
  const token = structureToken(design);
  if (cache?.token !== token) cache = { token, byFormat: new Map() };
  const key = `${stack}:${format}`;
  const known = cache.byFormat.get(key);
  if (known) return known;
  const w = templateWorker();
  if (!w) return Promise.resolve(null);
  const id = ++nextId;
  performance.mark(`stackcanvas:template-request:${format}`);
  const answer = new Promise<TemplateView | null>((resolve) => {
    pending.set(
      id,
      (r) => (
        performance.mark(`stackcanvas:template-answer:${format}`),
        resolve(r?.ok ? { text: r.text, format, owners: new Map(r.owners), count: r.count, ranges: r.ranges, stack: r.stack, hasUsEast1: r.hasUsEast1 } : null)
      ),
    );
  });
  const request: TemplateRequest = { id, token, design, format, stack };
  w.postMessage(request);
  cache.byFormat.set(key, answer);
  return answer;
}

/** The template of `design` in `format`, from the worker for large designs, else from the store's memo. */
export function useTemplate(design: Design, format: TemplateFormat, stack: TemplateStack = 'main'): TemplateState {
  const store = useAppStoreApi();
  const cfn = useAppStore((s) => s.cfnModule);
  const large = design.nodes.length >= WORKER_THRESHOLD;
  const [fromWorker, setFromWorker] = useState<{ design: Design; format: TemplateFormat; stack: TemplateStack; view: TemplateView | null } | null>(null);

  useEffect(() => {
    if (!large) return;
    let live = true;
    void templateInWorker(design, format, stack).then((view) => {
      if (!live) return;
      setFromWorker({ design, format, stack, view });
      if (!view)
        void store
          .getState()
          .loadCfn()
          .catch(() => undefined);
    });
    return () => {
      live = false;
    };
  }, [store, design, format, stack, large]);

  const mainThread = large ? fromWorker?.design === design && fromWorker.format === format && fromWorker.stack === stack && fromWorker.view === null : true;
  useEffect(() => {
    if (mainThread && !cfn)
      void store
        .getState()
        .loadCfn()
        .catch(() => undefined);
  }, [store, mainThread, cfn]);

  const generated = mainThread && cfn ? store.getState().cfnExport(design, cfn) : null;
  const local = useMemo((): TemplateState | null => {
    if (!generated || !cfn) return null;
    if (!generated.ok) return { status: 'failed', message: generated.message };
    try {
      const shown = stack === 'usEast1' && generated.usEast1 ? generated.usEast1 : generated;
      const text = cfn.cfnTemplateText(shown.template, format);
      return {
        status: 'ready',
        view: {
          text,
          format,
          owners: shown.owners,
          count: shown.count,
          ranges: resourceRanges(text, format),
          stack: shown === generated ? 'main' : 'usEast1',
          hasUsEast1: generated.usEast1 !== undefined,
        },
      };
    } catch (e) {
      return { status: 'failed', message: errorText(e) };
    }
  }, [generated, cfn, format, stack]);

  if (mainThread) return local ?? { status: 'loading' };
  // While a new answer is on its way, the last one of the same format stays on screen.
  if (fromWorker?.view && fromWorker.format === format && fromWorker.stack === stack) return { status: 'ready', view: fromWorker.view };
  return { status: 'loading' };
}

/** The text of the template in `format`, for a download; null when the design cannot be exported. */
export async function templateTextFor(store: AppStore, design: Design, format: TemplateFormat, stack: TemplateStack = 'main'): Promise<string | null> {
  if (design.nodes.length >= WORKER_THRESHOLD) {
    const view = await templateInWorker(design, format, stack);
    if (view) return view.stack === stack ? view.text : null;
  }
  const cfn = await store.getState().loadCfn();
  const generated = store.getState().cfnExport(design, cfn);
  if (!generated.ok) return null;
  const shown = stack === 'usEast1' ? generated.usEast1 : generated;
  return shown ? cfn.cfnTemplateText(shown.template, format) : null;
}
