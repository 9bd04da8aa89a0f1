import { useAppStore, useT } from './store/provider';

/** Shown over an empty canvas: how to start (drag from the palette, or open a template). */
export function EmptyHint({ onOpenTemplates }: { onOpenTemplates: () => void }) {
  const t = useT();
  const empty = useAppStore((s) => s.design.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint">
      <section className="empty-hint__card" data-testid="empty-hint" aria-labelledby="empty-hint-title">
        <h2 id="empty-hint-title">{t('emptyTitle')}</h2>
        <p>{t('emptyDrag')}</p>
        <p>{t('emptyConnect')}</p>
        <div className="empty-hint__actions">
          <button type="button" data-testid="empty-open-template" onClick={onOpenTemplates}>
            {t('emptyTemplate')}
          </button>
        </div>
        <p className="muted small">{t('emptyShortcuts')}</p>
      </section>
    </div>
  );
}
