import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { useAppStoreApi } from '../store/provider';
import { fitDiagram } from './fit';

/** Typing in a field, or an open dialog, keeps its keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Editing shortcuts of draw.io and Figma users: Delete/Backspace; Ctrl/Cmd + C, V, D, A, Z,
 * Shift+Z, Y; arrows nudge by the grid (Shift: by 1 px); Shift+1 zooms to fit. Paste lands at
 * `pointer` (screen coordinates) when the pointer is over the canvas. The sheet listing them
 * (`?`) is `ShortcutsSheet.tsx`.
 */
export function useShortcuts(pointer?: RefObject<{ x: number; y: number } | null>): void {
  const flow = useReactFlow();
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) s.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) s.redo();
      else if (mod && key === 'c' && !getSelection()?.toString()) s.copySelection();
      else if (mod && key === 'v') s.paste(pointer?.current ? flow.screenToFlowPosition(pointer.current) : undefined);
      else if (mod && key === 'd') s.duplicateSelection();
      else if (mod && key === 'a') s.selectAll();
      else if (!mod && (key === 'Delete' || key === 'Backspace')) s.deleteSelection();
      else if (!mod && key.startsWith('Arrow') && s.selection.nodes.length) {
        const step = e.shiftKey ? 1 : 20;
        const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
        const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
        s.nudge(dx, dy);
      } else if (!mod && e.shiftKey && (e.code === 'Digit1' || key === '!')) fitDiagram(flow, s.design, s.showSubnets, 300);
      else if (key === 'Escape') s.select({ nodes: [], edges: [] });
      else handled = false;
      if (handled) e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [flow, store, pointer]);
}
