/**
 * The store over core's operations: undo history (depth, one step per action, coalesced typing),
 * saved designs (never overwritten), refusals explained, and the start-up order. Each test makes
 * its own store over an in-memory storage and design database and a manual clock; nothing global
 * is stubbed. A reload is a second store over the same storage and database.
 */
import { encodeShareLink, REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { describe, expect, it, vi } from 'vitest';
import { msg, renderText } from '../i18n/index';
import { createAppStore, HISTORY_LIMIT, type AppStore } from './createAppStore';
import { memoryDesignDb } from './designDb';
import { AUTOSAVE_MS, connectToPage, startApp, startAutosave } from './startup';
import { memoryStorage } from './storage';
import { manualClock } from './testing';

const empty: Design = { ...REFERENCE_DESIGN, name: 'empty', nodes: [], edges: [] };

function setup(design: Design = REFERENCE_DESIGN, { storage = memoryStorage(), db = memoryDesignDb() } = {}) {
  const clock = manualClock();
  const store = createAppStore({ storage, designs: db, now: clock.now, timers: clock.timers, locale: 'en' });
  store.setState({ design });
  return { store, storage, db, clock, s: () => store.getState() };
}
const stored = (db: ReturnType<typeof memoryDesignDb>, id: string) => db.records.get(id)?.text;

const texts = (store: AppStore, locale: 'en' | 'ko' = 'en') => store.getState().messages.map((m) => [m.kind, renderText(m.text, locale)] as const);
const noHash = { hash: '', clearHash: () => undefined };

describe('undo history', () => {
  it('keeps at least 100 steps, one per action', () => {
    const { store, s } = setup(empty);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 150; i++) s().addNode('s3', { x: i * 10, y: 0 });
    expect(s().design.nodes).toHaveLength(150);
    for (let i = 149; i >= 0; i--) {
      s().undo();
      expect(s().design.nodes).toHaveLength(i);
    }
    s().redo();
    expect(s().design.nodes.map((n) => n.id)).toEqual(['s3']);
    expect(store.temporal.getState().futureStates).toHaveLength(149);
  });

  it('merges quick edits of one field into one step, and not edits of another field', () => {
    const { clock, s } = setup();
    s().updateNodeProps('sessions', { replicas: 2 });
    clock.advance(300);
    s().updateNodeProps('sessions', { replicas: 3 });
    clock.advance(300);
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
    clock.advance(5000);
    s().updateNodeProps('sessions', { replicas: 5 });
    s().undo();
    expect(replicas()).toBe(2);
  });

  it('does not record selection, preferences or messages', () => {
    const { store, s } = setup();
    s().select({ nodes: ['web'], edges: [] });
    s().setLocale('ko');
    s().setTheme('dark');
    s().setSnapToGrid(false);
    s().setShowMinimap(false);
    s().notify({ en: 'hello', ko: '안녕하세요' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('a committed move keeps the edges array and the props objects (the diagnostics skip re-validation)', () => {
    const { s } = setup();
    const before = s().design;
    s().moveNodes(new Map([['web', { x: 1, y: 1 }]]));
    const after = s().design;
    expect(after).not.toBe(before);
    expect(after.edges).toBe(before.edges);
    expect(after.nodes.find((n) => n.id === 'web')!.props).toBe(before.nodes.find((n) => n.id === 'web')!.props);
  });

  it('undo drops a selection that no longer exists', () => {
    const { s } = setup();
    const id = s().addNode('dax', { x: 0, y: 0 });
    expect(s().selection.nodes).toEqual([id]);
    s().undo();
    expect(s().selection.nodes).toEqual([]);
  });
});

describe('connections', () => {
  it('refuses what the catalog forbids and says why, changing nothing', () => {
    const { store, s } = setup();
    const before = s().design;
    expect(s().connect('dax', 'db')).toBe(false);
    expect(s().design).toBe(before);
    const [m] = texts(store);
    expect(m?.[0]).toBe('error');
    expect(m?.[1]).toMatch(/DAX/);
    expect(m?.[1]).toMatch(/DynamoDB/);
  });

  it('names both ends by their labels, not their ids, in either language', () => {
    const { store, s } = setup();
    s().connect('dax', 'db');
    expect(texts(store, 'en')[0]![1]).toBe('Catalog DAX cannot connect to Orders DB: DAX can only read through to DynamoDB.');
    expect(texts(store, 'ko')[0]![1]).toBe('Catalog DAX는 Orders DB에 연결할 수 없습니다. DAX는 DynamoDB로만 연결(읽기 캐시 경유)할 수 있습니다.');
    // A node without a label is named by its kind, in the language shown.
    s().setNodeLabel('db', '');
    s().dismissMessage(s().messages[0]!.id);
    s().connect('dax', 'db');
    expect(texts(store, 'en')[0]![1]).toMatch(/^Catalog DAX cannot connect to Amazon RDS:/);
    s().connect('web', 'sessions');
    expect(texts(store, 'ko')[1]![1]).toBe('Web Servers와 Session Store는 이미 연결되어 있습니다.');
  });

  it('connects an allowed pair as one step', () => {
    const { s } = setup();
    expect(s().connect('web', 'table')).toBe(true);
    expect(s().design.edges.some((e) => e.source === 'web' && e.target === 'table')).toBe(true);
    s().undo();
    expect(s().design).toBe(REFERENCE_DESIGN);
  });
});

describe('saved designs', () => {
  it('openAsNewDesign creates a new entry and never overwrites one with the same name', async () => {
    const { store, db, s } = setup();
    s().openAsNewDesign(REFERENCE_DESIGN);
    const firstId = s().currentId!;
    await s().flushSaves();
    const firstText = stored(db, firstId);
    expect(firstText).toContain('"web-caching"');
    s().openAsNewDesign({ ...REFERENCE_DESIGN, nodes: REFERENCE_DESIGN.nodes.slice(0, 2), edges: [] });
    const secondId = s().currentId!;
    await s().flushSaves();
    expect(secondId).not.toBe(firstId);
    expect(s().saved.map((e) => e.name)).toEqual(['web-caching', 'web-caching (2)']);
    expect(stored(db, firstId)).toBe(firstText);
    expect(db.current).toBe(secondId);
    expect(s().design.name).toBe('web-caching (2)');
    // A fresh history: opening is not undone into the other design.
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('saves with the store clock', () => {
    const { clock, s } = setup();
    s().openAsNewDesign(REFERENCE_DESIGN);
    expect(s().saved[0]!.updatedAt).toBe(clock.now());
  });

  it('deleting the current design opens another one', () => {
    const { s } = setup();
    s().openAsNewDesign(REFERENCE_DESIGN);
    const a = s().currentId!;
    s().openAsNewDesign(empty);
    s().deleteSaved(s().currentId!);
    expect(s().currentId).toBe(a);
    expect(s().saved).toHaveLength(1);
  });

  it('a blank design, and a design renamed to nothing, are named in the user language (never "untitled" in Korean)', () => {
    const { s } = setup();
    s().setLocale('ko');
    s().openBlank();
    expect(s().design.name).toBe('새 설계');
    expect(s().design.nodes).toEqual([]);
    s().renameSaved(s().currentId!, '   ');
    expect(s().design.name).toBe('새 설계');
    s().setLocale('en');
    s().renameDesign('');
    expect(s().design.name).toBe('untitled');
  });

  it('the autosave writes an edit within the delay, and says "saved" only when the write is done', async () => {
    const { store, db, clock, s } = setup();
    s().openAsNewDesign(REFERENCE_DESIGN);
    await s().flushSaves();
    const autosave = startAutosave(store);
    s().setNodeLabel('web', 'A');
    expect(s().saveState).toBe('saving');
    s().setNodeLabel('web', 'AB');
    clock.advance(AUTOSAVE_MS - 1);
    await Promise.resolve();
    expect(stored(db, 'd1')).not.toContain('"AB"');
    clock.advance(1);
    expect(s().saveState).toBe('saving'); // the write is under way, not done
    await s().flushSaves();
    expect(stored(db, 'd1')).toContain('"AB"');
    expect(db.records.get('d1')!.rev).toBe(2);
    expect(s().saveState).toBe('saved');
    await autosave.stop();
  });

  it('a full storage: the failure stays until a write works, each edit tries again, nothing is lost', async () => {
    const { store, db, clock, s } = setup();
    s().openAsNewDesign(REFERENCE_DESIGN);
    await s().flushSaves();
    const autosave = startAutosave(store);
    db.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const label of ['A', 'AB', 'ABC']) {
      s().setNodeLabel('web', label);
      clock.advance(AUTOSAVE_MS);
      await s().flushSaves();
      expect(s().saveState).toBe('failed');
      expect(renderText(msg('saveFailed', { detail: s().saveError! }), 'en')).toBe('Could not save the design: the browser storage is full');
      expect(renderText(msg('saveFailed', { detail: s().saveError! }), 'ko')).toBe('설계를 저장하지 못했습니다: 브라우저 저장소가 가득 찼습니다');
    }
    expect(stored(db, 'd1')).not.toContain('"A');
    db.failWith = null;
    s().setNodeLabel('web', 'ABCD');
    clock.advance(AUTOSAVE_MS);
    await s().flushSaves();
    expect(s().saveState).toBe('saved');
    expect(s().saveError).toBeNull();
    expect(stored(db, 'd1')).toContain('"ABCD"');
    await autosave.stop();
  });

  it('opening a design while the storage is full keeps the stored pointer on a stored design', async () => {
    const { db, s } = setup();
    s().openAsNewDesign({ ...REFERENCE_DESIGN, name: 'mine' });
    await s().flushSaves();
    db.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    s().openAsNewDesign({ ...empty, name: 'shared' });
    await s().flushSaves();
    // In this page: the new design, with the failure said; in the database: still the old one.
    expect(s().design.name).toBe('shared');
    expect(s().saveState).toBe('failed');
    expect(db.current).toBe('d1');
    expect([...db.records.keys()]).toEqual(['d1']);
    const reload = setup(empty, { db });
    await startApp(reload.store, noHash);
    expect(reload.s().design.name).toBe('mine');
    // Once writes work again, the retry stores the new design and then points at it.
    db.failWith = null;
    s().retrySave();
    await s().flushSaves();
    expect(db.current).toBe('d2');
    expect(stored(db, 'd2')).toContain('"shared"');
  });
});

describe('start-up order', () => {
  const shareHash = (design: Design) => {
    const url = encodeShareLink(design, 'http://localhost/');
    return url.slice(url.indexOf('#'));
  };

  it('a share link opens as a new design and the hash is cleared; saved designs are untouched', async () => {
    const before = setup();
    before.s().openAsNewDesign(REFERENCE_DESIGN);
    await before.s().flushSaves();
    const savedText = stored(before.db, 'd1');
    const { store, db, s } = setup(REFERENCE_DESIGN, before);
    let cleared = false;
    await startApp(store, { hash: shareHash({ ...empty, name: 'shared' }), clearHash: () => void (cleared = true) });
    expect(s().design.name).toBe('shared');
    expect(s().currentId).toBe('d2');
    expect(cleared).toBe(true);
    await s().flushSaves();
    expect(stored(db, 'd1')).toBe(savedText);
    expect(db.current).toBe('d2');
  });

  it('a refused link is explained and the autosaved design is restored', async () => {
    const before = setup();
    before.s().openAsNewDesign({ ...REFERENCE_DESIGN, name: 'mine' });
    await before.s().flushSaves();
    const { store, s } = setup(empty, before);
    await startApp(store, { hash: '#d=2.AAAA', clearHash: () => undefined });
    const [message] = texts(store);
    expect(message?.[0]).toBe('error');
    expect(message?.[1]).toMatch(/^Could not open the shared link: the share link is format 2, made by a newer Stackcanvas/);
    expect(texts(store, 'ko')[0]![1]).toMatch(/^공유 링크를 열 수 없습니다: .*더 새로운 Stackcanvas/);
    expect(s().design.name).toBe('mine');
    expect(s().saved).toHaveLength(1);
  });

  it('no link and nothing saved: the reference architecture', async () => {
    const { store, s } = setup(empty);
    await startApp(store, noHash);
    expect(s().design.nodes).toEqual(REFERENCE_DESIGN.nodes);
    expect(s().saved).toHaveLength(1);
  });

  it('a damaged saved design is reported and left as it was', async () => {
    const before = setup();
    before.s().openAsNewDesign({ ...REFERENCE_DESIGN, name: 'mine' });
    await before.s().flushSaves();
    const damaged = '{"format":"stackcanvas.design","version":1,"nodes":[{"id":"x","kind":"nope"}]}';
    before.db.records.set('d1', { ...before.db.records.get('d1')!, text: damaged });
    const { store, db, s } = setup(REFERENCE_DESIGN, before);
    await startApp(store, noHash);
    expect(texts(store).some(([kind, text]) => kind === 'error' && text.startsWith('Could not open the saved design "mine":') && text.includes('nope'))).toBe(
      true,
    );
    await s().flushSaves();
    expect(stored(db, 'd1')).toBe(damaged);
    expect(s().currentId).toBe('d2');
  });

  it('a link pasted into an open page opens as a new design', async () => {
    const { store, s } = setup();
    await startApp(store, noHash);
    const listeners = new Map<string, () => void>();
    const page = {
      location: { hash: shareHash({ ...empty, name: 'pasted' }), pathname: '/', search: '' },
      history: { replaceState: () => void (page.location.hash = '') },
      document: { visibilityState: 'visible' },
      addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
      removeEventListener: (type: string) => void listeners.delete(type),
    };
    const disconnect = connectToPage(store, page as unknown as Window);
    listeners.get('hashchange')!();
    // The share-link codec loads on demand: the link opens once it is in.
    await vi.waitFor(() => expect(s().design.name).toBe('pasted'));
    expect(page.location.hash).toBe('');
    disconnect();
    expect(listeners.size).toBe(0);
  });
});

describe('stores are independent', () => {
  it('two stores share no state: messages, history, diagnostics, saved designs', () => {
    const a = setup();
    const b = setup();
    a.s().notify({ en: 'only in a', ko: 'a에만' }, 'error');
    a.s().addNode('s3', { x: 0, y: 0 });
    a.s().openAsNewDesign(empty);
    a.s().diagnostics.diagnosticsFor(a.s().design);
    expect(b.s().messages).toEqual([]);
    expect(b.store.temporal.getState().pastStates).toHaveLength(0);
    expect(b.s().saved).toEqual([]);
    expect(b.s().diagnostics.runs()).toBe(0);
  });
});
