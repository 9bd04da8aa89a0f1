/**
 * The Share tab: `share-link` makes the URL of the current design (core's `encodeShareLink`),
 * shows it in `share-url` with its length, and copies it to the clipboard.
 */
import { encodeShareLink, isShareLinkError, type Design } from '@stackcanvas/core';
import { useRef, useState } from 'react';
import { msg } from '../i18n/index';
import { shareBase } from '../share/link';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';

/** Links longer than this get a warning: some chat and mail apps cut them. */
const LONG_LINK_CHARS = 8000;

type CopyState = 'idle' | 'copied' | 'failed';

export function SharePanel() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const t = useT();
  const [made, setMade] = useState<{ design: Design; url: string } | null>(null);
  // A boolean, not the design: the panel does not re-render on every edit.
  const stale = useAppStore((s) => made !== null && made.design !== s.design);
  const [copy, setCopy] = useState<CopyState>('idle');
  const input = useRef<HTMLInputElement>(null);

  const copyToClipboard = async (url: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
      input.current?.focus();
      input.current?.select();
    }
  };

  const makeLink = () => {
    const { design, notify } = store.getState();
    let url: string;
    try {
      url = encodeShareLink(design, shareBase());
    } catch (e) {
      const detail = isShareLinkError(e) ? e.text : String(e);
      notify(msg('shareMakeFailed', { detail }), 'error');
      return;
    }
    setMade({ design, url });
    setCopy('idle');
    void copyToClipboard(url);
  };

  const url = made?.url ?? '';
  return (
    <div className="panel-body share-panel">
      <p className="muted">{t('shareIntro')}</p>
      <button type="button" data-testid="share-link" onClick={makeLink}>
        {t('shareMakeLink')}
      </button>
      <label className="share-url-label" style={{ display: 'block', marginTop: 12 }}>
        {t('shareUrlLabel')}
        <span className="share-url-row" style={{ display: 'flex', gap: 4 }}>
          <input
            ref={input}
            data-testid="share-url"
            type="url"
            readOnly
            value={url}
            placeholder="https://…/#d=1.…"
            onFocus={(e) => e.currentTarget.select()}
            style={{ width: '100%' }}
          />
          <button type="button" data-testid="share-copy" disabled={!url} onClick={() => void copyToClipboard(url)}>
            {t('copy')}
          </button>
        </span>
      </label>
      {url && (
        <p className="muted" data-testid="share-length">
          {t('shareLength', { n: url.length.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US') })}
        </p>
      )}
      {copy === 'copied' && (
        <p role="status" data-testid="share-copied">
          {t('shareCopied')}
        </p>
      )}
      {copy === 'failed' && <p role="status">{t('shareCopyFailed')}</p>}
      {stale && (
        <p className="muted" data-testid="share-stale">
          {t('shareStale')}
        </p>
      )}
      {url.length > LONG_LINK_CHARS && <p className="muted">{t('shareLong')}</p>}
    </div>
  );
}
