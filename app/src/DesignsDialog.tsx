import { EXAMPLES, REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { useEffect, useRef, useState } from 'react';
import { t } from './i18n/index';
import { useAppStore } from './store/createAppStore';

const BLANK: Design = { ...REFERENCE_DESIGN, name: 'untitled', nodes: [], edges: [] };

/**
 * Saved designs (open, rename, duplicate, delete with confirmation) and "new from template"
 * with the examples, the reference architecture first. Names are shown as text.
 */
export function DesignsDialog({ onClose }: { onClose: () => void }) {
  const locale = useAppStore((s) => s.locale);
  const saved = useAppStore((s) => s.saved);
  const currentId = useAppStore((s) => s.currentId);
  const ref = useRef<HTMLDialogElement>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const sorted = [...saved].sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  const act = (fn: () => void) => {
    fn();
    onClose();
  };
  return (
    <dialog ref={ref} className="designs-dialog" data-testid="designs-dialog" onClose={onClose} onCancel={onClose}>
      <header className="dialog-head">
        <h2>{t('designs', locale)}</h2>
        <button type="button" data-testid="designs-close" onClick={onClose} aria-label={t('close', locale)}>
          ×
        </button>
      </header>
      <h3>{t('newFromTemplate', locale)}</h3>
      <ul className="templates">
        {EXAMPLES.map((ex) => (
          <li key={ex.id}>
            <button type="button" data-testid={`template-${ex.id}`} onClick={() => act(() => useAppStore.getState().openAsNewDesign(ex.design))}>
              <strong>{ex.title[locale]}</strong>
              <span className="muted small">{ex.summary[locale]}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" data-testid="template-blank" onClick={() => act(() => useAppStore.getState().openAsNewDesign(BLANK))}>
            <strong>{t('newBlank', locale)}</strong>
            <span className="muted small">{t('blankSummary', locale)}</span>
          </button>
        </li>
      </ul>
      <h3>{t('savedDesigns', locale)}</h3>
      <ul className="saved-list">
        {sorted.map((entry) => (
          <li key={entry.id} data-testid="saved-design" data-id={entry.id} className={entry.id === currentId ? 'current' : undefined}>
            {renaming?.id === entry.id ? (
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  useAppStore.getState().renameSaved(entry.id, renaming.name);
                  setRenaming(null);
                }}
              >
                <input
                  autoFocus
                  data-testid="rename-input"
                  aria-label={t('designName', locale)}
                  maxLength={100}
                  value={renaming.name}
                  onChange={(e) => setRenaming({ id: entry.id, name: e.target.value })}
                />
                <button type="submit">{t('save', locale)}</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {t('cancel', locale)}
                </button>
              </form>
            ) : confirming === entry.id ? (
              <div className="row confirm" role="alertdialog">
                <span>{t('confirmDelete', locale, { name: entry.name })}</span>
                <button
                  type="button"
                  className="danger"
                  data-testid="confirm-delete"
                  onClick={() => {
                    useAppStore.getState().deleteSaved(entry.id);
                    setConfirming(null);
                  }}
                >
                  {t('delete', locale)}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('cancel', locale)}
                </button>
              </div>
            ) : (
              <div className="row">
                <span className="saved-name" data-testid="saved-name">
                  {entry.name}
                </span>
                {entry.id === currentId ? <span className="badge">{t('current', locale)}</span> : null}
                <span className="muted small">{t('updated', locale, { when: new Date(entry.updatedAt).toLocaleString(locale) })}</span>
                <span className="spacer" />
                <button type="button" data-testid="open-design" onClick={() => act(() => useAppStore.getState().openSaved(entry.id))}>
                  {t('open', locale)}
                </button>
                <button type="button" data-testid="rename-design" onClick={() => setRenaming({ id: entry.id, name: entry.name })}>
                  {t('rename', locale)}
                </button>
                <button type="button" data-testid="duplicate-design" onClick={() => act(() => useAppStore.getState().duplicateSaved(entry.id))}>
                  {t('duplicate', locale)}
                </button>
                <button type="button" data-testid="delete-design" onClick={() => setConfirming(entry.id)}>
                  {t('delete', locale)}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
