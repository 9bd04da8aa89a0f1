import { serializeDesign } from '@stackcanvas/core';
import { useEffect, useRef, useState } from 'react';
import { copyPng, downloadBlob, downloadText, fileBaseName, UnsupportedClipboardError } from './download';

/** The image renderer, loaded when an image is first exported (it is not needed to draw the canvas). */
const imageRenderer = () => import('./canvas/exportImage');
import { useFitDiagram } from './canvas/fit';
import { msg, type T } from './i18n/index';
import { ImportButton } from './panels/ImportButton';
import type { Theme } from './store/persistence';
import { useAppStore, useAppStoreApi, useHistoryState, useLocale, useT } from './store/provider';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface ToolbarProps {
  readonly onOpenDesigns: () => void;
  readonly onOpenShortcuts: () => void;
}

export function Toolbar({ onOpenDesigns, onOpenShortcuts }: ToolbarProps) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const t = useT();
  const theme = useAppStore((s) => s.theme);
  const trafficMode = useAppStore((s) => s.trafficMode);
  const { canUndo, canRedo } = useHistoryState();
  const fit = useFitDiagram();
  const [busy, setBusy] = useState(false);

  const exportImage = async (format: 'png' | 'svg') => {
    const s = store.getState();
    setBusy(true);
    try {
      const { renderSvg, svgToPng } = await imageRenderer();
      const svg = await renderSvg(s.design, s.locale, s.showSubnets);
      const name = `${fileBaseName(s.design.name)}.${format}`;
      if (format === 'svg') downloadText(name, svg.svg, 'image/svg+xml');
      else downloadBlob(name, await svgToPng(svg));
    } catch (e) {
      s.notify(msg('exportFailed', { detail: errorText(e) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  const copyImage = async () => {
    const s = store.getState();
    try {
      // The write starts in the click (its user activation); the renderer loads inside the promise.
      await copyPng(imageRenderer().then(async ({ renderSvg, svgToPng }) => svgToPng(await renderSvg(s.design, s.locale, s.showSubnets))));
      s.notify(msg('imageCopied'), 'info');
    } catch (e) {
      s.notify(msg('copyImageFailed', { detail: e instanceof UnsupportedClipboardError ? msg('clipboardUnsupported') : errorText(e) }), 'error');
    }
  };
  const autoLayout = async () => {
    const s = store.getState();
    try {
      await s.autoLayout();
    } catch (e) {
      s.notify(msg('layoutFailed', { detail: errorText(e) }), 'error');
    }
  };

  return (
    <header className="toolbar">
      <strong className="brand">{t('appTitle')}</strong>
      <span className="design-name-wrap">
        <DesignName t={t} />
        <SaveState t={t} />
      </span>
      <button type="button" data-testid="designs" onClick={onOpenDesigns}>
        {t('designs')}
      </button>
      <button type="button" data-testid="new-design" title={t('newDesignTitle')} onClick={() => store.getState().openBlank()}>
        + {t('newDesign')}
      </button>
      <span className="toolbar-sep" />
      <button type="button" data-testid="undo" disabled={!canUndo} title={t('undoTitle')} onClick={() => store.getState().undo()}>
        ↶ <span className="sr-only">{t('undo')}</span>
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} title={t('redoTitle')} onClick={() => store.getState().redo()}>
        ↷ <span className="sr-only">{t('redo')}</span>
      </button>
      <button type="button" data-testid="auto-layout" onClick={() => void autoLayout()}>
        {t('autoLayout')}
      </button>
      <button type="button" data-testid="fit-view" title={t('fitViewTitle')} onClick={() => fit()}>
        {t('fitView')}
      </button>
      <ViewMenu t={t} />
      <button
        type="button"
        data-testid="traffic-mode"
        aria-pressed={trafficMode}
        className={trafficMode ? 'active' : undefined}
        title={t('trafficModeTitle')}
        onClick={() => store.getState().setTrafficMode(!trafficMode)}
      >
        {t('trafficMode')}
      </button>
      <span className="spacer" />
      <span className="toolbar-group" role="group" aria-label={t('exportMenu')}>
        <button
          type="button"
          data-testid="export-design"
          title={t('exportDesign')}
          onClick={() => {
            const d = store.getState().design;
            downloadText(`${fileBaseName(d.name)}.stackcanvas.json`, serializeDesign(d), 'application/json');
          }}
        >
          JSON
        </button>
        <button type="button" data-testid="export-png" disabled={busy} title={t('exportPng')} onClick={() => void exportImage('png')}>
          PNG
        </button>
        <button type="button" data-testid="export-svg" disabled={busy} title={t('exportSvg')} onClick={() => void exportImage('svg')}>
          SVG
        </button>
        <button type="button" data-testid="copy-image" title={t('copyImageTitle')} onClick={() => void copyImage()}>
          {t('copyImage')}
        </button>
      </span>
      <ImportButton />
      <label>
        <span className="sr-only">{t('theme')}</span>
        <select data-testid="theme" value={theme} title={t('theme')} onChange={(e) => store.getState().setTheme(e.target.value as Theme)}>
          <option value="system">◐ {t('themeSystem')}</option>
          <option value="light">☀ {t('themeLight')}</option>
          <option value="dark">☾ {t('themeDark')}</option>
        </select>
      </label>
      <label>
        <span className="sr-only">{t('language')}</span>
        {/* Each language is named in itself, as language pickers do. */}
        <select data-testid="locale" value={locale} title={t('language')} onChange={(e) => store.getState().setLocale(e.target.value === 'ko' ? 'ko' : 'en')}>
          <option value="en" lang="en">
            English
          </option>
          <option value="ko" lang="ko">
            한국어
          </option>
        </select>
      </label>
      <button type="button" data-testid="shortcuts" title={t('shortcutsTitle')} aria-label={t('shortcuts')} onClick={onOpenShortcuts}>
        ?
      </button>
    </header>
  );
}

/** View options, remembered: snap to grid, subnet boxes, minimap, the two side panels. */
function ViewMenu({ t }: { t: T }) {
  const store = useAppStoreApi();
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const showSubnets = useAppStore((s) => s.showSubnets);
  const showMinimap = useAppStore((s) => s.showMinimap);
  const paletteOpen = useAppStore((s) => s.paletteOpen);
  const sidePanelOpen = useAppStore((s) => s.sidePanelOpen);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!at) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setAt(null);
    };
    addEventListener('pointerdown', close);
    addEventListener('keydown', close);
    return () => {
      removeEventListener('pointerdown', close);
      removeEventListener('keydown', close);
    };
  }, [at]);
  const s = () => store.getState();
  const item = (testId: string, label: string, checked: boolean, set: (on: boolean) => void) => (
    <label>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <div className="view-menu" ref={root}>
      <button
        type="button"
        data-testid="view-menu"
        aria-expanded={at !== null}
        aria-haspopup="true"
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setAt(at ? null : { x: r.left, y: r.bottom });
        }}
      >
        {t('view')} ▾
      </button>
      {at ? (
        <div className="view-menu__items" role="group" aria-label={t('view')} style={{ left: at.x, top: at.y }}>
          {item('toggle-subnets', t('showSubnets'), showSubnets, (on) => s().setShowSubnets(on))}
          {item('toggle-minimap', t('showMinimap'), showMinimap, (on) => s().setShowMinimap(on))}
          {item('snap', t('snap'), snapToGrid, (on) => s().setSnapToGrid(on))}
          {item('toggle-palette', t('showPalette'), paletteOpen, (on) => s().setPaletteOpen(on))}
          {item('toggle-side-panel', t('showSidePanel'), sidePanelOpen, (on) => s().setSidePanelOpen(on))}
        </div>
      ) : null}
    </div>
  );
}

/** The design's name, editable in place (one undo step per rename). */
function DesignName({ t }: { t: T }) {
  const store = useAppStoreApi();
  const name = useAppStore((s) => s.design.name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    const s = store.getState();
    if (s.currentId) s.renameSaved(s.currentId, draft);
    else s.renameDesign(draft);
  };
  return (
    <input
      className="design-name"
      data-testid="design-name"
      aria-label={t('designName')}
      value={draft}
      maxLength={100}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(name);
      }}
    />
  );
}

/**
 * Whether the latest change is stored: "saved" only once the database's transaction is complete.
 * A dot inside the name's box (the toolbar has no room for more); the words are its title and
 * what a screen reader says; a failure is also said by the storage banner.
 */
function SaveState({ t }: { t: T }) {
  const state = useAppStore((s) => (s.storageDurable ? s.saveState : 'failed'));
  const label = state === 'saved' ? t('saveStateSaved') : state === 'saving' ? t('saveStateSaving') : t('saveStateFailed');
  return (
    <span className={`save-state save-state--${state}`} data-testid="save-state" data-state={state} role="status" title={`${label} — ${t('saveStateTitle')}`}>
      <span className="sr-only">{label}</span>
    </span>
  );
}
