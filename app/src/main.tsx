import '@xyflow/react/dist/style.css';
import { DEFINITIONS } from '@stackcanvas/core';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { AppBoundary } from './AppBoundary';
import { browserLocale, loadLocale, translate } from './i18n/index';
import { StorageBanner } from './StorageBanner';
import { loadRules } from './diagnostics/memo';
import { createAppStore } from './store/createAppStore';
import { indexedDbDesignDb, memoryDesignDb, migrateFromLocalStorage, openIndexedDb, type DesignDb } from './store/designDb';
import { KEYS } from './store/persistence';
import { AppStoreProvider } from './store/provider';
import { connectToPage, readLinkEarly, startApp } from './store/startup';
import { browserStorage, type KeyValueStorage } from './store/storage';
import { browserTabChannel, noTabChannel } from './store/tabs';
import { installElkWorker } from './workers/elkRunner';
import './styles.css';

/** How long opening IndexedDB may take before the app starts without it. */
const OPEN_DB_MS = 10_000;

/**
 * The designs' database: IndexedDB (the designs still in localStorage move there once), else,
 * when the browser gives none (private mode), memory for this page with the banner saying so.
 */
async function openDesigns(storage: KeyValueStorage): Promise<{ db: DesignDb; durable: boolean }> {
  try {
    const idb = await Promise.race([
      openIndexedDb(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), OPEN_DB_MS)),
    ]);
    const db = indexedDbDesignDb(idb);
    try {
      await migrateFromLocalStorage(db, storage);
    } catch {
      /* left in localStorage, moved at the next start */
    }
    return { db, durable: true };
  } catch {
    const db = memoryDesignDb();
    // What localStorage still holds opens for this session; nothing is removed from it.
    await migrateFromLocalStorage(db, { getItem: (k) => storage.getItem(k), removeItem: () => undefined }).catch(() => 0);
    return { db, durable: false };
  }
}

function message(root: Root, text: string) {
  root.render(<p className="app-loading">{text}</p>);
}

async function main() {
  installElkWorker(); // large auto-layouts run elkjs in a Web Worker
  const link = readLinkEarly(location.hash); // a share link is fetched and decoded while IndexedDB opens
  // The rules are fetched when a design other than the reference opens (a link here), or at the
  // first gesture (it may edit the design).
  if (location.hash.length > 1) {
    loadRules().catch(() => undefined); // a failure shows in the Diagnostics tab (`loadFailure`)
    // The rules' traffic pass awaits every kind's traffic facet, which its chunk only asks for once
    // it runs: asking now fetches them beside the rules instead of after them.
    for (const d of DEFINITIONS) void d.traffic?.().catch(() => undefined);
  }
  for (const type of ['pointerdown', 'keydown'] as const) addEventListener(type, () => void loadRules().catch(() => undefined), { once: true, capture: true });
  const storage = browserStorage();
  const saved = storage.getItem(KEYS.locale);
  const locale = saved === 'en' || saved === 'ko' ? saved : browserLocale();
  await loadLocale(locale).catch(() => undefined); // Korean's texts are not part of the first load
  const root = createRoot(document.getElementById('root')!);
  message(root, translate(locale, 'loading'));
  try {
    const { db, durable } = await openDesigns(storage);
    const store = createAppStore({ storage, designs: db, channel: durable ? browserTabChannel() : noTabChannel, now: Date.now });
    store.setState({ storageDurable: durable });
    await startApp(store, { hash: location.hash, link, clearHash: () => history.replaceState(null, '', location.pathname + location.search) });
    connectToPage(store);
    await store.getState().diagnostics.prepare(store.getState().design);
    root.render(
      <StrictMode>
        <AppStoreProvider store={store}>
          <AppBoundary>
            <App />
          </AppBoundary>
          <StorageBanner />
        </AppStoreProvider>
      </StrictMode>,
    );
  } catch (e) {
    message(root, translate(locale, 'startFailed', { detail: e instanceof Error ? e.message : String(e) }));
  }
}

void main();
