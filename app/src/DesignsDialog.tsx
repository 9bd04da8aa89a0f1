import { EXAMPLES } from 'virtual:stackcanvas/examples';
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi, useLocale, useT } from './store/provider';

/**
 * Saved designs (open, rename, duplicate, delete with confirmation) and "new from template"
 * with the examples, the reference architecture first. Names are shown as text.
 */
export function DesignsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const t = useT();
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
        <h2>{t('designs')}</h2>
        <button type="button" data-testid="designs-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <h3>{t('newFromTemplate')}</h3>
      <ul className="templates">
        {EXAMPLES.map((ex) => (
          <li key={ex.id}>
            <button type="button" data-testid={`template-${ex.id}`} onClick={() => act(() => store.getState().openAsNewDesign(ex.design))}>
              <strong>{ex.title[locale]}</strong>
              <span className="muted small">{ex.summary[locale]}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" data-testid="template-blank" onClick={() => act(() => store.getState().openBlank())}>
            <strong>{t('newBlank')}</strong>
            <span className="muted small">{t('blankSummary')}</span>
          </button>
        </li>
      </ul>
      <h3>{t('savedDesigns')}</h3>
      <ul className="saved-list">
        {sorted.map((entry) => (
          <li key={entry.id} data-testid="saved-design" data-id={entry.id} className={entry.id === currentId ? 'current' : undefined}>
            {renaming?.id === entry.id ? (
              <form
                className="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  store.getState().renameSaved(entry.id, renaming.name);
                  setRenaming(null);
                }}
              >
                <input
                  autoFocus
                  data-testid="rename-input"
                  aria-label={t('designName')}
                  maxLength={100}
                  value={renaming.name}
                  onChange={(e) => setRenaming({ id: entry.id, name: e.target.value })}
                />
                <button type="submit">{t('save')}</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {t('cancel')}
                </button>
              </form>
            ) : confirming === entry.id ? (
              <div className="row confirm" role="alertdialog">
                <span>{t('confirmDelete', { name: entry.name })}</span>
                <button
                  type="button"
                  className="danger"
                  data-testid="confirm-delete"
                  onClick={() => {
                    store.getState().deleteSaved(entry.id);
                    setConfirming(null);
                  }}
                >
                  {t('delete')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </button>
              </div>
            ) : (
              <div className="row">
                <span className="saved-name" data-testid="saved-name">
                  {entry.name}
                </span>
                {entry.id === currentId ? <span className="badge">{t('current')}</span> : null}
                <span className="muted small">{t('updated', { when: new Date(entry.updatedAt).toLocaleString(locale) })}</span>
                <span className="spacer" />
                <button type="button" data-testid="open-design" onClick={() => act(() => store.getState().openSaved(entry.id))}>
                  {t('open')}
                </button>
                <button type="button" data-testid="rename-design" onClick={() => setRenaming({ id: entry.id, name: entry.name })}>
                  {t('rename')}
                </button>
                <button type="button" data-testid="duplicate-design" onClick={() => act(() => store.getState().duplicateSaved(entry.id))}>
                  {t('duplicate')}
                </button>
                <button type="button" data-testid="delete-design" onClick={() => setConfirming(entry.id)}>
                  {t('delete')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </dialog>
  );
}
