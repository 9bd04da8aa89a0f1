import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { Canvas } from './canvas/Canvas';
import { DesignsDialog } from './DesignsDialog';
import { EmptyHint } from './EmptyHint';
import { Messages } from './Messages';
import { Palette } from './panels/Palette';
import { SidePanel } from './panels/SidePanel';
import { ShortcutsSheet, useHelpKey } from './ShortcutsSheet';
import { useAppStore, useLocale } from './store/provider';
import { Toolbar } from './Toolbar';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const paletteOpen = useAppStore((s) => s.paletteOpen);
  const sidePanelOpen = useAppStore((s) => s.sidePanelOpen);
  const locale = useLocale();
  const [dialog, setDialog] = useState<'designs' | 'shortcuts' | null>(null);
  const openDesigns = useCallback(() => setDialog('designs'), []);
  const openShortcuts = useCallback(() => setDialog('shortcuts'), []);
  const close = useCallback(() => setDialog(null), []);
  useHelpKey(openShortcuts);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ReactFlowProvider>
      <div className={`app${paletteOpen ? '' : ' palette-closed'}${sidePanelOpen ? '' : ' side-closed'}`}>
        <Toolbar onOpenDesigns={openDesigns} onOpenShortcuts={openShortcuts} />
        <Palette />
        <main className="main">
          <Canvas />
          <EmptyHint onOpenTemplates={openDesigns} />
        </main>
        <SidePanel />
        <Messages />
        {dialog === 'designs' ? <DesignsDialog onClose={close} /> : null}
        {dialog === 'shortcuts' ? <ShortcutsSheet onClose={close} /> : null}
      </div>
    </ReactFlowProvider>
  );
}
