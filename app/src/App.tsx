import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { Canvas, preloadContextMenu } from './canvas/Canvas';
import { EmptyHint } from './EmptyHint';
import { atFirstGesture } from './firstGesture';
import { useHelpKey } from './helpKey';
import { Messages } from './Messages';
import { preloadInspectorForms } from './panels/Inspector';
import { Palette } from './panels/Palette';
import { preloadable } from './panels/preloadable';
import { SidePanel } from './panels/SidePanel';
import { useAppStore, useLocale } from './store/provider';
import { Toolbar } from './Toolbar';

// Opened by a gesture: fetched at the first one (`atFirstGesture`), not part of the first load.
const DesignsDialog = preloadable(() => import('./DesignsDialog').then((m) => m.DesignsDialog), 'partDesigns');
const ShortcutsSheet = preloadable(() => import('./ShortcutsSheet').then((m) => m.ShortcutsSheet), 'partShortcuts');
const preloadOnDemand = () => Promise.all([DesignsDialog.preload(), ShortcutsSheet.preload(), preloadInspectorForms(), preloadContextMenu()]);

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
  useEffect(() => atFirstGesture(preloadOnDemand), []);
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
        <Suspense fallback={null}>
          {dialog === 'designs' ? <DesignsDialog onClose={close} /> : null}
          {dialog === 'shortcuts' ? <ShortcutsSheet onClose={close} /> : null}
        </Suspense>
      </div>
    </ReactFlowProvider>
  );
}
