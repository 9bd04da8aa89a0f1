import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { Messages } from './Messages';
import { Palette } from './panels/Palette';
import { SidePanel } from './panels/SidePanel';
import { useAppStore, useLocale } from './store/provider';
import { Toolbar } from './Toolbar';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const locale = useLocale();
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
      <div className="app">
        <Toolbar />
        <Palette />
        <main className="main">
          <Canvas />
        </main>
        <SidePanel />
        <Messages />
      </div>
    </ReactFlowProvider>
  );
}
