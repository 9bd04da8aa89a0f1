import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/index';
import { useAppStoreApi, useT } from '../store/provider';

export interface MenuState {
  readonly x: number;
  readonly y: number;
  /** A node (or a selection of nodes) or an edge was right-clicked. */
  readonly target: 'node' | 'edge';
}

/** The context menu of a node, a selection or an edge (right click): the same actions as the shortcuts. */
export function ContextMenu({ menu, onClose }: { menu: MenuState; onClose: () => void }) {
  const store = useAppStoreApi();
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && onClose();
    addEventListener('keydown', onKey);
    addEventListener('pointerdown', onDown, true);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('pointerdown', onDown, true);
    };
  }, [onClose]);
  const zoomToEdge = () => {
    const s = store.getState();
    const edge = s.design.edges.find((e) => e.id === s.selection.edges[0]);
    if (edge) s.focusNodes([edge.source, edge.target]);
  };
  const all: {
    id: string;
    label: Extract<MessageKey, 'copy' | 'duplicate' | 'zoomTo' | 'delete'>;
    shortcut: string;
    run: () => void;
    on: MenuState['target'][];
  }[] = [
    { id: 'copy', label: 'copy', shortcut: 'Ctrl+C', run: () => store.getState().copySelection(), on: ['node'] },
    { id: 'duplicate', label: 'duplicate', shortcut: 'Ctrl+D', run: () => store.getState().duplicateSelection(), on: ['node'] },
    { id: 'zoom', label: 'zoomTo', shortcut: '', run: () => store.getState().focusNodes(store.getState().selection.nodes), on: ['node'] },
    { id: 'zoom-edge', label: 'zoomTo', shortcut: '', run: zoomToEdge, on: ['edge'] },
    { id: 'delete', label: 'delete', shortcut: 'Del', run: () => store.getState().deleteSelection(), on: ['node', 'edge'] },
  ];
  const items = all.filter((item) => item.on.includes(menu.target));
  return (
    <div ref={ref} className="context-menu" role="menu" data-testid="context-menu" style={{ left: menu.x, top: menu.y }}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          data-testid={`menu-${item.id}`}
          onClick={() => {
            item.run();
            onClose();
          }}
        >
          <span>{t(item.label)}</span>
          <kbd>{item.shortcut}</kbd>
        </button>
      ))}
    </div>
  );
}
