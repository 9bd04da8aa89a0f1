/**
 * Import a design file or a CloudFormation template (`data-testid="import-file"`). The picked
 * file opens as a new design; on failure a message says why and the current design stays. While a
 * large file is imported in the worker, its progress shows with a Cancel button (`ImportProgress`).
 */
import { useRef, useState } from 'react';
import type { T } from '../i18n/index';
import { openFile } from '../import/openFile';
import { useImportActivity, type ImportActivity } from '../import/progress';
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

/** Above the canvas, under the toolbar, whatever the toolbar's scroll. */
const PROGRESS_LOOK = {
  position: 'fixed',
  top: 52,
  left: '50%',
  transform: 'translateX(-50%)',
  zIndex: 20,
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '6px 10px',
  background: 'var(--panel)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  boxShadow: '0 2px 8px rgba(0, 0, 0, 0.15)',
  whiteSpace: 'normal',
  maxWidth: 'min(720px, 90vw)',
} as const;

const STAGES = ['read', 'parse', 'map', 'layout'] as const;

function stageText(t: T, a: ImportActivity): string {
  const p = a.progress;
  if (!p) return t('importStage.read', { file: a.file });
  if (p.stage === 'parse') return t('importStage.parse', { file: a.file, size: Math.max(1, Math.round(p.bytes / 1024)) });
  if (p.stage === 'map') return t('importStage.map', { file: a.file, n: p.resources });
  return t('importStage.layout', { file: a.file, nodes: p.nodes, edges: p.edges });
}

/** The import under way (picked or dropped): its stage and counts, how far along, and Cancel. */
function ImportProgress() {
  const t = useT();
  const activity = useImportActivity();
  if (!activity) return null;
  const stage = STAGES.indexOf(activity.progress?.stage ?? 'read');
  const text = stageText(t, activity);
  return (
    <div className="import-progress" style={PROGRESS_LOOK} role="status" data-testid="import-progress" data-stage={activity.progress?.stage ?? 'read'}>
      <progress max={STAGES.length} value={stage + 1} aria-label={t('importProgressLabel')} />
      <span>{text}</span>
      <button type="button" data-testid="import-cancel" onClick={activity.cancel}>
        {t('importCancel')}
      </button>
    </div>
  );
}

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
      await openFile(file, () => store.getState());
    } finally {
      el.value = ''; // the same file can be picked again
      setBusy(false);
    }
  };

  return (
    <>
      <label className="import-button" title={t('importTitle')} aria-busy={busy} style={LOOK}>
        <input ref={input} className="sr-only" type="file" data-testid="import-file" accept={IMPORT_ACCEPT} disabled={busy} onChange={() => void onChange()} />
        <span aria-hidden="true">⇪ </span>
        {t('importButton')}
      </label>
      <ImportProgress />
    </>
  );
}
