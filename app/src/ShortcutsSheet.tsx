import { useEffect, useRef, type ReactNode } from 'react';
import type { MessageKey } from './i18n/index';
import { useT } from './store/provider';

type Key = Extract<MessageKey, `key${string}`>;
/** A key combination: plain keys as they are printed on keyboards, gestures translated. */
type Combo = readonly (string | { readonly gesture: Key })[];

/** The shortcuts of `canvas/useShortcuts.ts` and the canvas gestures, in the order people need them. */
const ROWS: readonly { readonly combos: readonly Combo[]; readonly what: Extract<MessageKey, `sc${string}`> }[] = [
  { combos: [[{ gesture: 'keyClick' }], ['Shift', { gesture: 'keyClick' }]], what: 'scSelect' },
  { combos: [[{ gesture: 'keyEmptyDrag' }]], what: 'scBox' },
  { combos: [[{ gesture: 'keyDrag' }]], what: 'scConnect' },
  { combos: [[{ gesture: 'keyRightDrag' }], ['Space', { gesture: 'keyDrag' }], [{ gesture: 'keyScroll' }]], what: 'scPan' },
  { combos: [['Ctrl/⌘', { gesture: 'keyScroll' }]], what: 'scZoom' },
  { combos: [['Shift', '1']], what: 'scFit' },
  { combos: [['Delete'], ['Backspace']], what: 'scDelete' },
  {
    combos: [
      ['Ctrl/⌘', 'C'],
      ['Ctrl/⌘', 'V'],
    ],
    what: 'scCopyPaste',
  },
  { combos: [['Ctrl/⌘', 'D']], what: 'scDuplicate' },
  { combos: [['Ctrl/⌘', 'A'], ['Escape']], what: 'scSelectAll' },
  {
    combos: [
      ['Ctrl/⌘', 'Z'],
      ['Ctrl/⌘', 'Shift', 'Z'],
      ['Ctrl/⌘', 'Y'],
    ],
    what: 'scUndo',
  },
  { combos: [['←↑→↓'], ['Shift', '←↑→↓']], what: 'scNudge' },
  { combos: [[{ gesture: 'keyRightClick' }]], what: 'scMenu' },
  { combos: [['?'], ['Escape']], what: 'scHelp' },
];

/** The sheet of keyboard shortcuts (`?`); a modal dialog, so Escape closes it and focus comes back. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const combo = (c: Combo, i: number): ReactNode => (
    <span key={i} className="combo">
      {i > 0 ? ' / ' : null}
      {c.map((k, j) => (
        <span key={j}>
          {j > 0 ? ' + ' : null}
          {typeof k === 'string' ? <kbd>{k}</kbd> : t(k.gesture)}
        </span>
      ))}
    </span>
  );
  return (
    <dialog ref={ref} className="shortcuts-dialog" data-testid="shortcuts-sheet" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <header className="dialog-head">
        <h2 id="shortcuts-title">{t('shortcuts')}</h2>
        <button type="button" data-testid="shortcuts-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <table>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.what}>
              <th scope="row">{row.combos.map(combo)}</th>
              <td>{t(row.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
