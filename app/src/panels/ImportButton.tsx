/**
 * Import a design file or a CloudFormation template (`data-testid="import-file"`). The picked
 * file opens as a new design; on failure a message says why and the current design stays.
 */
import { useRef, useState } from 'react';
import { openImportedFile } from '../import/importFile';
import { useAppStoreApi, useT } from '../store/provider';

/** Looks like the toolbar's buttons (the label is the clickable part of the file input). */
const LOOK = {
  position: 'relative',
  background: 'var(--panel)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  padding: '3px 8px',
  cursor: 'pointer',
} as const;

export const IMPORT_ACCEPT = '.json,.yaml,.yml,.template';

export function ImportButton() {
  const store = useAppStoreApi();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const onChange = async () => {
    const el = input.current;
    const file = el?.files?.[0];
    if (!el || !file) return;
    setBusy(true);
    try {
      await openImportedFile(file, () => store.getState());
    } finally {
      el.value = ''; // the same file can be picked again
      setBusy(false);
    }
  };

  return (
    <label className="import-button" title={t('importTitle')} aria-busy={busy} style={LOOK}>
      <input ref={input} className="sr-only" type="file" data-testid="import-file" accept={IMPORT_ACCEPT} disabled={busy} onChange={() => void onChange()} />
      <span aria-hidden="true">⇪ </span>
      {t('importButton')}
    </label>
  );
}
