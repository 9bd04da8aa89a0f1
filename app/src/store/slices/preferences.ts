/** UI preferences: language, theme, and the view flags; each change is remembered in the storage. */
import { loadLocale, localeLoaded } from '../../i18n/index';
import type { Locale } from '@stackcanvas/core';
import type { PreferencesSlice, Slice } from '../types';
import type { ViewFlags } from '../persistence';

export const createPreferencesSlice: Slice<PreferencesSlice> = (deps) => (set, get) => {
  const { persistence } = deps;
  let wantedLocale: Locale | undefined;
  const setFlag = (flag: keyof ViewFlags, value: boolean) => {
    const s = get();
    const view: ViewFlags = {
      snapToGrid: s.snapToGrid,
      showMinimap: s.showMinimap,
      paletteOpen: s.paletteOpen,
      sidePanelOpen: s.sidePanelOpen,
      showSubnets: s.showSubnets,
      [flag]: value,
    };
    persistence.saveView(view);
    set(view);
  };
  return {
    locale: persistence.loadLocale() ?? deps.initialLocale,
    theme: persistence.loadTheme(),
    ...persistence.loadView(),

    setLocale: (locale) => {
      persistence.saveLocale(locale);
      wantedLocale = locale;
      // A language's texts are fetched the first time it is chosen; the switch shows once they are in.
      if (localeLoaded(locale)) set({ locale });
      else void loadLocale(locale).then(() => void (wantedLocale === locale && set({ locale })));
    },
    setTheme: (theme) => {
      persistence.saveTheme(theme);
      set({ theme });
    },
    setSnapToGrid: (on) => setFlag('snapToGrid', on),
    setShowMinimap: (on) => setFlag('showMinimap', on),
    setPaletteOpen: (open) => setFlag('paletteOpen', open),
    setSidePanelOpen: (open) => setFlag('sidePanelOpen', open),
    setShowSubnets: (on) => {
      setFlag('showSubnets', on);
      // Shown again: components are put back in their subnet rows (one undo step, only if needed).
      if (on) get().settle();
    },
  };
};
