/**
 * The app's last resort: an error while rendering (a bug) would otherwise make React unmount the
 * whole page. This shows what happened instead (`app-failed`), whether the design is safe, and a
 * way back: Try again (renders the app again) and, when the design is saved in the browser,
 * Reload; when it is not (`storageDurable` false), the design lives only in this tab and is
 * offered for download. The design is in the store, which the error does not touch. The failed
 * fetch of a part that loads on demand does not come here: that part shows its own notice
 * (`panels/preloadable.ts`).
 */
import { Component, type ReactNode } from 'react';
import { downloadDesign } from './download';
import { useAppStore, useAppStoreApi, useT } from './store/provider';

function AppFailed({ onTryAgain }: { onTryAgain: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const durable = useAppStore((s) => s.storageDurable);
  return (
    <div className="app-failed" role="alert" data-testid="app-failed">
      <h1>{t('appFailed')}</h1>
      <p>{durable ? t('appFailedSaved') : t('appFailedNotSaved')}</p>
      <div className="app-failed__actions">
        {durable ? null : (
          <button type="button" data-testid="app-failed-download" onClick={() => downloadDesign(store.getState().design)}>
            {t('downloadDesign')}
          </button>
        )}
        <button type="button" data-testid="app-failed-try-again" onClick={onTryAgain}>
          {t('tryAgain')}
        </button>
        {durable ? (
          <button type="button" data-testid="app-failed-reload" onClick={() => location.reload()}>
            {t('reload')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export class AppBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <AppFailed onTryAgain={() => this.setState({ failed: false })} /> : this.props.children;
  }
}
