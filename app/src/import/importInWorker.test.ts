/**
 * The main-thread side of the import worker, with a stand-in `Worker` (Node has none): progress is
 * forwarded, the outcome is core's, Cancel terminates the worker at once and wins over a late
 * answer, and a worker that fails hands the import back to the process.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '@stackcanvas/core/import';
import type { ImportWorkerMessage } from '../workers/importWorker';
import { IN_PROCESS_BYTES, openImportedFile } from './importFile';
import { importInWorker } from './importInWorker';
import { importActivity } from './progress';

class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((e: MessageEvent<ImportWorkerMessage>) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.last = this;
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(m: ImportWorkerMessage) {
    this.onmessage?.({ data: m } as MessageEvent<ImportWorkerMessage>);
  }
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

describe('importInWorker', () => {
  it('posts the text and name, forwards progress, resolves with the outcome and ends the worker', async () => {
    const seen: ImportProgress[] = [];
    const run = importInWorker('{"Resources":{}}', 'shop', (p) => seen.push(p));
    const w = FakeWorker.last!;
    expect(w.url.pathname).toMatch(/workers\/importWorker\.ts$/);
    expect(w.posted).toEqual([{ text: '{"Resources":{}}', name: 'shop' }]);
    w.say({ type: 'progress', progress: { stage: 'parse', bytes: 16 } });
    w.say({ type: 'progress', progress: { stage: 'map', resources: 3 } });
    const outcome = { ok: false, error: { code: 'invalid-template', message: 'no resources', detail: { code: 'SC-I001', en: 'x', ko: 'y', params: {} } } };
    w.say({ type: 'done', outcome } as unknown as ImportWorkerMessage);
    await expect(run.outcome).resolves.toEqual(outcome);
    expect(seen).toEqual([
      { stage: 'parse', bytes: 16 },
      { stage: 'map', resources: 3 },
    ]);
    expect(w.terminated).toBe(true);
  });

  it('cancel terminates the worker and wins over an answer that comes later', async () => {
    const run = importInWorker('x', 'n', () => undefined);
    const w = FakeWorker.last!;
    run.cancel();
    expect(w.terminated).toBe(true);
    w.say({ type: 'done', outcome: { ok: true, kind: 'template', design: {} as never, warnings: [] } });
    await expect(run.outcome).resolves.toBe('cancelled');
  });

  it('hands the import back (null) when the worker fails, cannot start, or cannot run the importer', async () => {
    const crashed = importInWorker('x', 'n', () => undefined);
    const prevented = vi.fn();
    FakeWorker.last!.onerror!({ preventDefault: prevented });
    await expect(crashed.outcome).resolves.toBeNull();
    expect(prevented).toHaveBeenCalled();

    const failed = importInWorker('x', 'n', () => undefined);
    FakeWorker.last!.say({ type: 'failed' });
    await expect(failed.outcome).resolves.toBeNull();

    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('no workers here');
        }
      },
    );
    await expect(importInWorker('x', 'n', () => undefined).outcome).resolves.toBeNull();
  });
});

describe('openImportedFile with the worker', () => {
  it('shows the import under way and, cancelled, opens nothing and says so', async () => {
    const target = { openAsNewDesign: vi.fn(), notify: vi.fn() };
    const text = `{"Resources": {}, "Description": "${'x'.repeat(IN_PROCESS_BYTES)}"}`;
    const done = openImportedFile(new File([text], 'big.template.json'), () => target);
    await vi.waitFor(() => expect(importActivity()).not.toBeNull());
    expect(importActivity()!.file).toBe('big.template.json');
    expect(FakeWorker.last!.posted).toEqual([{ text, name: 'big' }]);
    FakeWorker.last!.say({ type: 'progress', progress: { stage: 'map', resources: 0 } });
    expect(importActivity()!.progress).toEqual({ stage: 'map', resources: 0 });
    importActivity()!.cancel();
    await expect(done).resolves.toBe(false);
    expect(importActivity()).toBeNull();
    expect(target.openAsNewDesign).not.toHaveBeenCalled();
    expect(target.notify).toHaveBeenCalledWith(expect.objectContaining({ key: 'importCancelled' }), 'info');
  });
});
