import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { t } from './i18n/index';
import { Messages } from './Messages';
import { ImportButton } from './panels/ImportButton';
import { Palette } from './panels/Palette';
import { SidePanel } from './panels/SidePanel';
import { useAppStore } from './store/createAppStore';

export function App() {
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  const name = useAppStore((s) => s.design.name);
  return (
    <ReactFlowProvider>
      <div className="app">
        <header className="toolbar">
          <strong className="brand">{t('appTitle', locale)}</strong>
          <span className="design-name">{name}</span>
          <span className="spacer" />
          <ImportButton />
          <label>
            {t('language', locale)}{' '}
            <select data-testid="locale" value={locale} onChange={(e) => setLocale(e.target.value === 'ko' ? 'ko' : 'en')}>
              <option value="en">English</option>
              <option value="ko">한국어</option>
            </select>
          </label>
        </header>
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
