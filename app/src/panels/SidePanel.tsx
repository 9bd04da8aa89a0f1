import { Suspense, useEffect, useState, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/index';
import { useAppStore, useAppStoreApi, useT } from '../store/provider';
import { loadTrafficModel } from '../store/trafficModel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { Inspector } from './Inspector';
import { preloadable } from './preloadable';
import { useTemplatePrefetch } from './templatePrefetch';

// Only the first tab is part of the first load; the others load when opened.
const TemplatePanel = preloadable(() => import('./TemplatePanel').then((m) => m.TemplatePanel), 'partTemplate');
const CdkPanel = preloadable(() => import('./CdkPanel').then((m) => m.CdkPanel), 'partCdk');
const SharePanel = preloadable(() => import('./SharePanel').then((m) => m.SharePanel), 'partShare');
const ChangeSetPanel = preloadable(() => import('./ChangeSetPanel').then((m) => m.ChangeSetPanel), 'partChangeset');
const TrafficPanel = preloadable(() => Promise.all([import('./TrafficPanel'), loadTrafficModel()]).then(([m]) => m.TrafficPanel), 'partTraffic');
/** The Template tab with its code view, fetched ahead for large designs (`useTemplatePrefetch`). */
const preloadTemplateTab = () => Promise.all([TemplatePanel.preload(), import('./TemplatePanel').then((m) => m.preloadCodeView())]);

/** The tabs of the side panel, in order. Add a tab = one panel file + one line here. */
const TABS: readonly {
  id: string;
  title: Extract<MessageKey, 'diagnostics' | 'template' | 'cdk' | 'share' | 'changeset' | 'traffic'>;
  Panel: ComponentType;
}[] = [
  { id: 'diagnostics', title: 'diagnostics', Panel: DiagnosticsPanel },
  { id: 'template', title: 'template', Panel: TemplatePanel },
  { id: 'cdk', title: 'cdk', Panel: CdkPanel },
  { id: 'share', title: 'share', Panel: SharePanel },
  { id: 'changeset', title: 'changeset', Panel: ChangeSetPanel },
  { id: 'traffic', title: 'traffic', Panel: TrafficPanel },
];

/**
 * The inspector over the tabs. The inspector takes at most two fifths of the height (it scrolls
 * beyond), so a tab keeps the rest however many fields the selection has; the side panel as a
 * whole can be folded away to a thin rail (remembered).
 */
export function SidePanel() {
  const t = useT();
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.sidePanelOpen);
  const [active, setActive] = useState(TABS[0]!.id);
  const tab = TABS.find((x) => x.id === active) ?? TABS[0]!;
  // Turning traffic mode on shows its controls.
  const trafficMode = useAppStore((s) => s.trafficMode);
  useTemplatePrefetch(preloadTemplateTab);
  useEffect(() => {
    if (trafficMode) setActive('traffic');
  }, [trafficMode]);
  if (!open)
    return (
      <aside className="side-panel collapsed">
        <button
          type="button"
          className="collapse-button"
          data-testid="side-expand"
          title={t('openSidePanel')}
          aria-label={t('openSidePanel')}
          onClick={() => store.getState().setSidePanelOpen(true)}
        >
          «
        </button>
      </aside>
    );
  return (
    <aside className="side-panel">
      <div className="side-head">
        <span />
        <button
          type="button"
          className="collapse-button"
          data-testid="side-collapse"
          title={t('hideSidePanel')}
          aria-label={t('hideSidePanel')}
          onClick={() => store.getState().setSidePanelOpen(false)}
        >
          »
        </button>
      </div>
      <Inspector />
      <div role="tablist" className="tabs">
        {TABS.map((x) => (
          <button
            key={x.id}
            role="tab"
            aria-selected={x.id === active}
            data-testid={`tab-${x.id}`}
            className={x.id === active ? 'tab active' : 'tab'}
            onClick={() => setActive(x.id)}
          >
            {t(x.title)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        <Suspense fallback={null}>
          <tab.Panel />
        </Suspense>
      </div>
    </aside>
  );
}
