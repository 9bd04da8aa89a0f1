/**
 * Import a design file or a CloudFormation template (`data-testid="import-file"`). The picked
 * file opens as a new design; on failure a message says why and the current design stays.
 */
import { useRef, useState } from 'react';
import { openImportedFile } from '../import/importFile';
import { useAppStore } from '../store/createAppStore';

const LABEL = {
  import: { en: 'Import…', ko: '가져오기…' },
  title: {
    en: 'Open a design (.stackcanvas.json) or a CloudFormation template (YAML or JSON) as a new design',
    ko: '설계 파일(.stackcanvas.json) 또는 CloudFormation 템플릿(YAML/JSON)을 새 설계로 엽니다',
  },
} as const;

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
  const locale = useAppStore((s) => s.locale);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const onChange = async () => {
    const el = input.current;
    const file = el?.files?.[0];
    if (!el || !file) return;
    setBusy(true);
    try {
      await openImportedFile(file, () => useAppStore.getState());
    } finally {
      el.value = ''; // the same file can be picked again
      setBusy(false);
    }
  };

  return (
    <label className="import-button" title={LABEL.title[locale]} aria-busy={busy} style={LOOK}>
      <input ref={input} className="sr-only" type="file" data-testid="import-file" accept={IMPORT_ACCEPT} disabled={busy} onChange={() => void onChange()} />
      <span aria-hidden="true">⇪ </span>
      {LABEL.import[locale]}
    </label>
  );
}
