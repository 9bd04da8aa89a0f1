/**
 * What the user must know about where the design is kept, above the canvas until it is no longer
 * true: a write failed (stays until one works, with the design to download and a retry), the
 * browser gives no storage at all (private mode), or another tab shows the same design.
 */
import { downloadDesign } from './download';
import { useAppStore, useAppStoreApi, useT } from './store/provider';

export function StorageBanner() {
  const store = useAppStoreApi();
  const t = useT();
  const saveError = useAppStore((s) => s.saveError);
  const durable = useAppStore((s) => s.storageDurable);
  const otherTabs = useAppStore((s) => s.otherTabs);
  const download = () => downloadDesign(store.getState().design);
  const failing = !durable || saveError !== null;
  if (!failing && otherTabs === 0) return null;
  return (
    <div className="banners">
      {failing ? (
        <div className="banner banner--error" role="alert" data-testid="storage-banner" data-reason={durable ? 'failed' : 'unavailable'}>
          <span>{durable ? t('storageBannerFailed', { detail: saveError ?? '' }) : t('storageBannerUnavailable')}</span>
          <button type="button" data-testid="storage-banner-download" onClick={download}>
            {t('downloadDesign')}
          </button>
          {durable ? (
            <button type="button" data-testid="storage-banner-retry" onClick={() => store.getState().retrySave()}>
              {t('retrySave')}
            </button>
          ) : null}
        </div>
      ) : null}
      {otherTabs > 0 ? (
        <div className="banner" role="status" data-testid="tab-conflict">
          {t('tabOtherOpen')}
        </div>
      ) : null}
    </div>
  );
}
