import { serializeDesign, type Locale } from '@stackcanvas/core';
import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { download, downloadText, fileBaseName, renderDiagram } from './canvas/exportImage';
import { DesignsDialog } from './DesignsDialog';
import { t } from './i18n/index';
import { ImportButton } from './panels/ImportButton';
import { useAppStore, useHistoryState } from './store/createAppStore';
import type { Theme } from './store/persistence';

export function Toolbar() {
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  const theme = useAppStore((s) => s.theme);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const { canUndo, canRedo } = useHistoryState();
  const [designsOpen, setDesignsOpen] = useState(false);
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);

  const exportImage = async (format: 'png' | 'svg') => {
    const s = useAppStore.getState();
    setBusy(true);
    try {
      const url = await renderDiagram(format, s.design, flow.getNodes());
      download(`${fileBaseName(s.design.name)}.${format}`, url);
    } catch (e) {
      s.notify(`${t('exportFailed', s.locale)}: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  const autoLayout = async () => {
    const s = useAppStore.getState();
    try {
      await s.autoLayout();
    } catch (e) {
      s.notify(`${t('layoutFailed', s.locale)}: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };

  return (
    <header className="toolbar">
      <strong className="brand">{t('appTitle', locale)}</strong>
      <DesignName locale={locale} />
      <button type="button" data-testid="designs" onClick={() => setDesignsOpen(true)}>
        {t('designs', locale)}
      </button>
      <span className="toolbar-sep" />
      <button type="button" data-testid="undo" disabled={!canUndo} title={`${t('undo', locale)} (Ctrl/⌘+Z)`} onClick={() => useAppStore.getState().undo()}>
        ↶ <span className="sr-only">{t('undo', locale)}</span>
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!canRedo}
        title={`${t('redo', locale)} (Ctrl/⌘+Shift+Z)`}
        onClick={() => useAppStore.getState().redo()}
      >
        ↷ <span className="sr-only">{t('redo', locale)}</span>
      </button>
      <button type="button" data-testid="auto-layout" onClick={() => void autoLayout()}>
        {t('autoLayout', locale)}
      </button>
      <button type="button" data-testid="fit-view" title="Shift+1" onClick={() => void flow.fitView({ duration: 300, padding: 0.15 })}>
        {t('fitView', locale)}
      </button>
      <label className="checkbox">
        <input type="checkbox" data-testid="snap" checked={snapToGrid} onChange={(e) => useAppStore.getState().setSnapToGrid(e.target.checked)} />
        {t('snap', locale)}
      </label>
      <span className="spacer" />
      <span className="toolbar-group" aria-label={t('exportMenu', locale)}>
        <span className="muted">{t('exportMenu', locale)}:</span>
        <button
          type="button"
          data-testid="export-design"
          title={t('exportDesign', locale)}
          onClick={() => {
            const d = useAppStore.getState().design;
            downloadText(`${fileBaseName(d.name)}.stackcanvas.json`, serializeDesign(d), 'application/json');
          }}
        >
          JSON
        </button>
        <button type="button" data-testid="export-png" disabled={busy} title={t('exportPng', locale)} onClick={() => void exportImage('png')}>
          PNG
        </button>
        <button type="button" data-testid="export-svg" disabled={busy} title={t('exportSvg', locale)} onClick={() => void exportImage('svg')}>
          SVG
        </button>
      </span>
      <ImportButton />
      <label>
        <span className="sr-only">{t('theme', locale)}</span>
        <select data-testid="theme" value={theme} title={t('theme', locale)} onChange={(e) => useAppStore.getState().setTheme(e.target.value as Theme)}>
          <option value="system">◐ {t('themeSystem', locale)}</option>
          <option value="light">☀ {t('themeLight', locale)}</option>
          <option value="dark">☾ {t('themeDark', locale)}</option>
        </select>
      </label>
      <label>
        <span className="sr-only">{t('language', locale)}</span>
        <select data-testid="locale" value={locale} title={t('language', locale)} onChange={(e) => setLocale(e.target.value === 'ko' ? 'ko' : 'en')}>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </label>
      {designsOpen ? <DesignsDialog onClose={() => setDesignsOpen(false)} /> : null}
    </header>
  );
}

/** The design's name, editable in place (one undo step per rename). */
function DesignName({ locale }: { locale: Locale }) {
  const name = useAppStore((s) => s.design.name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    const s = useAppStore.getState();
    if (s.currentId) s.renameSaved(s.currentId, draft);
    else s.renameDesign(draft);
  };
  return (
    <input
      className="design-name"
      data-testid="design-name"
      aria-label={t('designName', locale)}
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
