/**
 * The store handed down by context, as xyflow's `ReactFlowProvider` + `useStore` do: components
 * read it with `useAppStore(selector)` and narrow selectors (a primitive, or an object that keeps
 * its identity while the part they show is unchanged; never the whole state or an object rebuilt
 * on every change), and act on it with `useAppStoreApi().getState()` in event handlers.
 */
import type { Locale } from '@stackcanvas/core';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createT, type T } from '../i18n/index';
import type { AppState, AppStore } from './createAppStore';

const AppStoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The store itself, for actions in event handlers (`useAppStoreApi().getState().undo()`). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('The app store is missing: render this component inside <AppStoreProvider store={createAppStore(…)}> (see main.tsx).');
  return store;
}

/** A part of the state; the component re-renders only when the selected value changes (Object.is). */
export function useAppStore<U>(selector: (state: AppState) => U): U {
  return useStore(useAppStoreApi(), selector);
}

export function useLocale(): Locale {
  return useAppStore((s) => s.locale);
}

/** `t(key, params)` in the user's language; a new function only when the language changes. */
export function useT(): T {
  const locale = useLocale();
  return useMemo(() => createT(locale), [locale]);
}

/** Whether undo / redo are possible (for the toolbar buttons). */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const history = useAppStoreApi().temporal;
  const canUndo = useStore(history, (h) => h.pastStates.length > 0);
  const canRedo = useStore(history, (h) => h.futureStates.length > 0);
  return { canUndo, canRedo };
}
