/**
 * The Share tab: `share-link` makes the URL of the current design (core's `encodeShareLink`),
 * shows it in `share-url` with its length, and copies it to the clipboard.
 */
import { encodeShareLink, isShareLinkError, type Design } from '@stackcanvas/core';
import { useRef, useState } from 'react';
import { shareBase } from '../share/link';
import { shareText } from '../share/strings';
import { useAppStore } from '../store/createAppStore';

/** Links longer than this get a warning: some chat and mail apps cut them. */
const LONG_LINK_CHARS = 8000;

type CopyState = 'idle' | 'copied' | 'failed';

export function SharePanel() {
  const locale = useAppStore((s) => s.locale);
  const design = useAppStore((s) => s.design);
  const notify = useAppStore((s) => s.notify);
  const [made, setMade] = useState<{ design: Design; url: string } | null>(null);
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
    let url: string;
    try {
      url = encodeShareLink(design, shareBase());
    } catch (e) {
      const detail = isShareLinkError(e) ? e.messageIn(locale) : String(e);
      notify(`${shareText('makeFailed', locale)}: ${detail}`, 'error');
      return;
    }
    setMade({ design, url });
    setCopy('idle');
    void copyToClipboard(url);
  };

  const url = made?.url ?? '';
  return (
    <div className="panel-body share-panel">
      <p className="muted">{shareText('intro', locale)}</p>
      <button type="button" data-testid="share-link" onClick={makeLink}>
        {shareText('makeLink', locale)}
      </button>
      <label className="share-url-label" style={{ display: 'block', marginTop: 12 }}>
        {shareText('urlLabel', locale)}
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
            {shareText('copy', locale)}
          </button>
        </span>
      </label>
      {url && (
        <p className="muted" data-testid="share-length">
          {shareText('length', locale, { n: url.length.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US') })}
        </p>
      )}
      {copy === 'copied' && (
        <p role="status" data-testid="share-copied">
          {shareText('copied', locale)}
        </p>
      )}
      {copy === 'failed' && <p role="status">{shareText('copyFailed', locale)}</p>}
      {made && made.design !== design && (
        <p className="muted" data-testid="share-stale">
          {shareText('stale', locale)}
        </p>
      )}
      {url.length > LONG_LINK_CHARS && <p className="muted">{shareText('long', locale)}</p>}
    </div>
  );
}
