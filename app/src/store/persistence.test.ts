/**
 * The persistence layer over the in-memory design database: the move out of localStorage, two
 * tabs on one design (each hears of the other and follows its saves; edits made at once are both
 * kept, never overwritten), and "saved" said only once the database's write is done.
 */
import { REFERENCE_DESIGN } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { renderText } from '../i18n/index';
import { createAppStore } from './createAppStore';
import { LEGACY_KEYS, memoryDesignDb, migrateFromLocalStorage, type DesignDb, type WriteOutcome } from './designDb';
import { startApp, startAutosave } from './startup';
import { memoryStorage } from './storage';
import { memoryTabHub } from './tabs';
import { manualClock } from './testing';

const noHash = { hash: '', clearHash: () => undefined };
const label = (design: { nodes: readonly { id: string; label?: string }[] }, id: string) => design.nodes.find((n) => n.id === id)?.label;

describe('the move out of localStorage', () => {
  const legacy = (text: string) =>
    memoryStorage({
      [LEGACY_KEYS.index]: JSON.stringify([{ id: 'd1', name: 'old', updatedAt: 5 }]),
      [LEGACY_KEYS.design('d1')]: text,
      [LEGACY_KEYS.current]: 'd1',
      'stackcanvas.locale': 'ko',
    });

  it('moves the designs, their index and the current id once, and keeps the preferences', async () => {
    const db = memoryDesignDb();
    const storage = legacy('{"format":"stackcanvas.design","version":1,"name":"old","nodes":[]}');
    expect(await migrateFromLocalStorage(db, storage)).toBe(1);
    expect(db.records.get('d1')).toMatchObject({ name: 'old', updatedAt: 5, rev: 1 });
    expect(db.current).toBe('d1');
    expect([...storage.data.keys()]).toEqual(['stackcanvas.locale']);
    // The app then opens it.
    const clock = manualClock();
    const store = createAppStore({ storage, designs: db, now: clock.now, timers: clock.timers, locale: 'en' });
    await startApp(store, noHash);
    expect(store.getState().design.name).toBe('old');
    expect(store.getState().currentId).toBe('d1');
  });

  it('a design already in the database is kept; the stale localStorage copy goes', async () => {
    const db = memoryDesignDb();
    await migrateFromLocalStorage(db, legacy('{"format":"stackcanvas.design","version":1,"name":"first","nodes":[]}'));
    const again = legacy('{"format":"stackcanvas.design","version":1,"name":"second","nodes":[]}');
    expect(await migrateFromLocalStorage(db, again)).toBe(0);
    expect(db.records.get('d1')!.text).toContain('"first"');
    expect(again.data.has(LEGACY_KEYS.design('d1'))).toBe(false);
  });

  it('a failed write leaves localStorage as it was (moved at the next start)', async () => {
    const db = memoryDesignDb();
    db.failWith = new DOMException('full', 'QuotaExceededError');
    const storage = legacy('{"format":"stackcanvas.design","version":1,"name":"old","nodes":[]}');
    expect(await migrateFromLocalStorage(db, storage)).toBe(0);
    expect(storage.data.size).toBe(4);
  });
});

/** Two stores over one database, joined as two tabs. */
async function twoTabs() {
  const db = memoryDesignDb();
  const hub = memoryTabHub();
  const tab = () => {
    const clock = manualClock();
    const store = createAppStore({ storage: memoryStorage(), designs: db, channel: hub.channel(), now: clock.now, timers: clock.timers, locale: 'en' });
    startAutosave(store);
    return { store, clock, s: () => store.getState() };
  };
  /** Lets the messages arrive and the reads they cause finish. */
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await hub.delivered();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const a = tab();
  await startApp(a.store, noHash);
  await a.s().flushSaves();
  const b = tab();
  await startApp(b.store, noHash);
  await settle();
  return { db, a, b, settle };
}

describe('two tabs on one design', () => {
  it('each hears of the other, and shows what the other saved', async () => {
    const { db, a, b, settle } = await twoTabs();
    expect(b.s().currentId).toBe('d1');
    expect([a.s().otherTabs, b.s().otherTabs]).toEqual([1, 1]);
    a.s().setNodeLabel('web', 'from A');
    await a.s().flushSaves();
    await settle();
    expect(label(b.s().design, 'web')).toBe('from A');
    b.s().setNodeLabel('sessions', 'from B');
    await b.s().flushSaves();
    await settle();
    expect(label(a.s().design, 'web')).toBe('from A');
    expect(label(a.s().design, 'sessions')).toBe('from B');
    expect(db.records.get('d1')!.rev).toBe(3);
    // Following is not an undo step: undo cannot take the other tab's change back silently.
    expect(a.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('edits made in both at once are both kept: the later write becomes a new design, and says so', async () => {
    const { db, a, b, settle } = await twoTabs();
    a.s().setNodeLabel('web', 'from A');
    b.s().setNodeLabel('web', 'from B');
    await a.s().flushSaves();
    await b.s().flushSaves();
    await settle();
    expect(label(JSON.parse(db.records.get('d1')!.text), 'web')).toBe('from A');
    expect(b.s().currentId).toBe('d2');
    expect(label(JSON.parse(db.records.get('d2')!.text), 'web')).toBe('from B');
    expect(db.records.get('d2')!.name).toBe('web-caching (2)');
    expect(renderText(b.s().messages[0]!.text, 'en')).toBe('Another tab saved "web-caching" at the same moment; your version is kept as "web-caching (2)".');
    expect(
      a
        .s()
        .saved.map((e) => e.id)
        .sort(),
    ).toEqual(['d1', 'd2']);
    expect(label(a.s().design, 'web')).toBe('from A');
  });

  it('a tab that leaves is no longer counted', async () => {
    const { a, b, settle } = await twoTabs();
    b.s().leaveTabs();
    await settle();
    expect(a.s().otherTabs).toBe(0);
  });
});

describe('save state', () => {
  it('is "saving" until the database says the write is done', async () => {
    const inner = memoryDesignDb();
    let release: () => void = () => undefined;
    const db: DesignDb = {
      ...inner,
      write: (batch) => new Promise<WriteOutcome>((resolve) => (release = () => void inner.write(batch).then(resolve))),
    };
    const clock = manualClock();
    const store = createAppStore({ storage: memoryStorage(), designs: db, now: clock.now, timers: clock.timers, locale: 'en' });
    store.getState().openAsNewDesign(REFERENCE_DESIGN);
    const done = store.getState().flushSaves();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().saveState).toBe('saving');
    expect(inner.records.size).toBe(0);
    release();
    await done;
    expect(store.getState().saveState).toBe('saved');
    expect(inner.records.get('d1')!.rev).toBe(1);
  });
});
