import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStore } from './store/createAppStore';
import { AppStoreProvider } from './store/provider';
import { connectToPage, startApp } from './store/startup';
import { browserStorage } from './store/storage';
import { installElkWorker } from './workers/elkRunner';
import './styles.css';

function main() {
  installElkWorker(); // large auto-layouts run elkjs in a Web Worker
  const store = createAppStore({ storage: browserStorage(), now: Date.now });
  // Restores the saved design (or opens a share link) before the first paint.
  startApp(store, { hash: location.hash, clearHash: () => history.replaceState(null, '', location.pathname + location.search) });
  connectToPage(store);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
}

main();
