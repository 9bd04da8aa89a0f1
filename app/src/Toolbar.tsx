import { serializeDesign } from '@stackcanvas/core';
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { download, downloadText, fileBaseName, renderDiagram } from './canvas/exportImage';
import { DesignsDialog } from './DesignsDialog';
import { msg, type T } from './i18n/index';
import { ImportButton } from './panels/ImportButton';
import type { Theme } from './store/persistence';
import { useAppStore, useAppStoreApi, useHistoryState, useLocale, useT } from './store/provider';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Toolbar() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const t = useT();
  const theme = useAppStore((s) => s.theme);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const trafficMode = useAppStore((s) => s.trafficMode);
  const { canUndo, canRedo } = useHistoryState();
  const [designsOpen, setDesignsOpen] = useState(false);
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);

  const exportImage = async (format: 'png' | 'svg') => {
    const s = store.getState();
    setBusy(true);
    try {
      const url = await renderDiagram(format, s.design, flow.getNodes());
      download(`${fileBaseName(s.design.name)}.${format}`, url);
    } catch (e) {
      s.notify(msg('exportFailed', { detail: errorText(e) }), 'error');
    } finally {
      setBusy(false);
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
      <DesignName t={t} />
      <button type="button" data-testid="designs" onClick={() => setDesignsOpen(true)}>
        {t('designs')}
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
      <button type="button" data-testid="fit-view" title={t('fitViewTitle')} onClick={() => void flow.fitView({ duration: 300, padding: 0.15 })}>
        {t('fitView')}
      </button>
      <label className="checkbox">
        <input type="checkbox" data-testid="snap" checked={snapToGrid} onChange={(e) => store.getState().setSnapToGrid(e.target.checked)} />
        {t('snap')}
      </label>
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
      <span className="toolbar-group" aria-label={t('exportMenu')}>
        <span className="muted">{t('exportMenu')}:</span>
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
      {designsOpen ? <DesignsDialog onClose={() => setDesignsOpen(false)} /> : null}
    </header>
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
