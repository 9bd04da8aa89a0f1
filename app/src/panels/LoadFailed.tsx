/**
 * What shows in place of a part of the app whose code could not be fetched (the connection is
 * down, or the site was redeployed while the tab was open): which part, why, and whether the
 * design is safe. The browser keeps a failed module fetch for the page's lifetime, so there is no
 * in-page retry: reloading the page is the recovery, offered when the design is saved in the
 * browser (`storageDurable`); otherwise the design lives only in this tab and is offered for
 * download instead. In a dialog or a menu (`onClose` given) it floats, so it pushes no layout,
 * and Close dismisses it.
 */
import { downloadDesign } from '../download';
import { msg, type MessageKey } from '../i18n/index';
import { useAppStore, useAppStoreApi, useT } from '../store/provider';

/** The name of a part that can fail to load (`partInspector`, `partCdkGenerator`…). */
export type PartKey = Exclude<Extract<MessageKey, `part${string}`>, `partLoadFailed${string}`>;

export interface LoadFailedProps {
  /** The part that could not load, as the user knows it. */
  readonly part: PartKey;
  /** Replaces the "could not be loaded" line when the part needs its own words. */
  readonly lead?: 'rulesLoadFailed';
  /** @default 'load-failed' */
  readonly testId?: string;
  /** Given for a dialog or a menu: the notice floats and has a Close button. */
  readonly onClose?: () => void;
}

export function LoadFailed({ part, lead, testId = 'load-failed', onClose }: LoadFailedProps) {
  const t = useT();
  const store = useAppStoreApi();
  const durable = useAppStore((s) => s.storageDurable);
  return (
    <div className={onClose ? 'load-failed load-failed--floating' : 'load-failed'} role="alert" data-testid={testId} data-part={part}>
      <p className="load-failed__lead">{lead ? t(lead) : t('partLoadFailed', { part: msg(part) })}</p>
      <p>{t('loadFailedWhy')}</p>
      <p>{durable ? t('partLoadFailedSaved') : t('partLoadFailedNotSaved')}</p>
      <div className="load-failed__actions">
        {durable ? (
          <button type="button" data-testid="load-failed-reload" onClick={() => location.reload()}>
            {t('reload')}
          </button>
        ) : (
          <button type="button" data-testid="load-failed-download" onClick={() => downloadDesign(store.getState().design)}>
            {t('downloadDesign')}
          </button>
        )}
        {onClose ? (
          <button type="button" data-testid="load-failed-close" onClick={onClose}>
            {t('close')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
