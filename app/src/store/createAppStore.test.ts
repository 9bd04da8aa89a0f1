/**
 * The store over core's operations: undo history (depth, one step per action, coalesced typing),
 * saved designs (never overwritten), refusals explained, and the start-up order.
 * Runs in Node: localStorage, location and history are small stand-ins.
 */
import { REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

class MemoryStorage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
}

const linkResult: { value: unknown } = { value: null };
vi.mock('../share/link', () => ({ readShareLink: () => linkResult.value }));

const storage = new MemoryStorage();
const fakeLocation = { hash: '', pathname: '/', search: '' };
vi.stubGlobal('localStorage', storage);
vi.stubGlobal('location', fakeLocation);
vi.stubGlobal('history', { replaceState: () => void (fakeLocation.hash = '') });
vi.stubGlobal('addEventListener', () => {});
vi.stubGlobal('document', { visibilityState: 'visible' });

type Store = typeof import('./createAppStore');
let store: Store['useAppStore'];
let startApp: (typeof import('./startup'))['startApp'];

beforeAll(async () => {
  store = (await import('./createAppStore')).useAppStore;
  startApp = (await import('./startup')).startApp;
});

const empty: Design = { ...REFERENCE_DESIGN, name: 'empty', nodes: [], edges: [] };

function reset(design: Design = REFERENCE_DESIGN) {
  storage.clear();
  store.setState({ design, selection: { nodes: [], edges: [] }, messages: [], saved: [], currentId: null, clipboard: null, pasteCount: 0, locale: 'en' });
  store.temporal.getState().clear();
}

beforeEach(() => reset());
afterEach(() => vi.useRealTimers());

describe('undo history', () => {
  it('keeps at least 100 steps, one per action', () => {
    reset(empty);
    for (let i = 0; i < 150; i++) store.getState().addNode('s3', { x: i * 10, y: 0 });
    expect(store.getState().design.nodes).toHaveLength(150);
    for (let i = 149; i >= 0; i--) {
      store.getState().undo();
      expect(store.getState().design.nodes).toHaveLength(i);
    }
    store.getState().redo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['s3']);
  });

  it('merges quick edits of one field into one step, and not edits of another field', () => {
    vi.useFakeTimers();
    const s = () => store.getState();
    s().updateNodeProps('sessions', { replicas: 2 });
    vi.advanceTimersByTime(300);
    s().updateNodeProps('sessions', { replicas: 3 });
    vi.advanceTimersByTime(300);
    s().updateNodeProps('sessions', { replicas: 4 });
    s().updateNodeProps('web', { maxSize: 8 });
    const replicas = () => s().design.nodes.find((n) => n.id === 'sessions')!.props['replicas'];
    const maxSize = () => s().design.nodes.find((n) => n.id === 'web')!.props['maxSize'];
    expect([replicas(), maxSize()]).toEqual([4, 8]);
    s().undo();
    expect([replicas(), maxSize()]).toEqual([4, 6]);
    s().undo();
    expect([replicas(), maxSize()]).toEqual([1, 6]);
    // After a pause the same field is a new step.
    s().updateNodeProps('sessions', { replicas: 2 });
    vi.advanceTimersByTime(5000);
    s().updateNodeProps('sessions', { replicas: 5 });
    s().undo();
    expect(replicas()).toBe(2);
  });

  it('does not record selection or locale changes', () => {
    store.getState().select({ nodes: ['web'], edges: [] });
    store.getState().setLocale('ko');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a committed move keeps the edges array and the props objects (the diagnostics skip re-validation)', () => {
    const before = store.getState().design;
    store.getState().moveNodes(new Map([['web', { x: 1, y: 1 }]]));
    const after = store.getState().design;
    expect(after).not.toBe(before);
    expect(after.edges).toBe(before.edges);
    expect(after.nodes.find((n) => n.id === 'web')!.props).toBe(before.nodes.find((n) => n.id === 'web')!.props);
  });

  it('undo drops a selection that no longer exists', () => {
    const id = store.getState().addNode('dax', { x: 0, y: 0 });
    expect(store.getState().selection.nodes).toEqual([id]);
    store.getState().undo();
    expect(store.getState().selection.nodes).toEqual([]);
  });
});

describe('connections', () => {
  it('refuses what the catalog forbids and says why, changing nothing', () => {
    const before = store.getState().design;
    expect(store.getState().connect('dax', 'db')).toBe(false);
    expect(store.getState().design).toBe(before);
    const [m] = store.getState().messages;
    expect(m?.kind).toBe('error');
    expect(m?.text).toMatch(/DAX/);
    expect(m?.text).toMatch(/DynamoDB/);
  });
  it('connects an allowed pair as one step', () => {
    expect(store.getState().connect('web', 'table')).toBe(true);
    expect(store.getState().design.edges.some((e) => e.source === 'web' && e.target === 'table')).toBe(true);
    store.getState().undo();
    expect(store.getState().design).toBe(REFERENCE_DESIGN);
  });
});

describe('saved designs', () => {
  it('openAsNewDesign creates a new entry and never overwrites one with the same name', () => {
    store.getState().openAsNewDesign(REFERENCE_DESIGN);
    const firstId = store.getState().currentId!;
    const firstText = storage.getItem(`stackcanvas.design.${firstId}`);
    store.getState().openAsNewDesign({ ...REFERENCE_DESIGN, nodes: REFERENCE_DESIGN.nodes.slice(0, 2), edges: [] });
    const secondId = store.getState().currentId!;
    expect(secondId).not.toBe(firstId);
    expect(store.getState().saved.map((e) => e.name)).toEqual(['web-caching', 'web-caching (2)']);
    expect(storage.getItem(`stackcanvas.design.${firstId}`)).toBe(firstText);
    expect(store.getState().design.name).toBe('web-caching (2)');
    // A fresh history: opening is not undone into the other design.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('deleting the current design opens another one', () => {
    store.getState().openAsNewDesign(REFERENCE_DESIGN);
    const a = store.getState().currentId!;
    store.getState().openAsNewDesign(empty);
    store.getState().deleteSaved(store.getState().currentId!);
    expect(store.getState().currentId).toBe(a);
    expect(store.getState().saved).toHaveLength(1);
  });
});

describe('start-up order', () => {
  it('a share link opens as a new design and the hash is cleared; saved designs are untouched', async () => {
    store.getState().openAsNewDesign(REFERENCE_DESIGN);
    const savedText = storage.getItem('stackcanvas.design.d1');
    fakeLocation.hash = '#d=1.abc';
    linkResult.value = { design: { ...empty, name: 'shared' } };
    await startApp();
    expect(store.getState().design.name).toBe('shared');
    expect(store.getState().currentId).toBe('d2');
    expect(fakeLocation.hash).toBe('');
    expect(storage.getItem('stackcanvas.design.d1')).toBe(savedText);
  });

  it('a refused link is explained and the autosaved design is restored', async () => {
    store.getState().openAsNewDesign({ ...REFERENCE_DESIGN, name: 'mine' });
    store.setState({ design: empty, currentId: null });
    fakeLocation.hash = '#d=1.broken';
    linkResult.value = { error: 'the link is damaged' };
    await startApp();
    expect(store.getState().messages.map((m) => [m.kind, m.text])).toContainEqual(['error', 'the link is damaged']);
    expect(store.getState().design.name).toBe('mine');
    expect(store.getState().saved).toHaveLength(1);
  });

  it('no link and nothing saved: the reference architecture', async () => {
    fakeLocation.hash = '';
    linkResult.value = null;
    store.setState({ design: empty });
    await startApp();
    expect(store.getState().design.nodes).toEqual(REFERENCE_DESIGN.nodes);
    expect(store.getState().saved).toHaveLength(1);
  });

  it('a damaged saved design is reported and left as it was', async () => {
    store.getState().openAsNewDesign({ ...REFERENCE_DESIGN, name: 'mine' });
    storage.setItem('stackcanvas.design.d1', '{"format":"stackcanvas.design","version":1,"nodes":[{"id":"x","kind":"nope"}]}');
    fakeLocation.hash = '';
    linkResult.value = null;
    await startApp();
    expect(store.getState().messages.some((m) => m.kind === 'error' && m.text.includes('nope'))).toBe(true);
    expect(storage.getItem('stackcanvas.design.d1')).toContain('"nope"');
    expect(store.getState().currentId).toBe('d2');
  });
});
