import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/index';
import { useAppStore, useT } from '../store/provider';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { Inspector } from './Inspector';
import { useTemplatePrefetch } from './templateSource';

// Only the first tab is part of the first load; the others load when opened.
const TemplatePanel = lazy(() => import('./TemplatePanel').then((m) => ({ default: m.TemplatePanel })));
const CdkPanel = lazy(() => import('./CdkPanel').then((m) => ({ default: m.CdkPanel })));
const SharePanel = lazy(() => import('./SharePanel').then((m) => ({ default: m.SharePanel })));
const ChangeSetPanel = lazy(() => import('./ChangeSetPanel').then((m) => ({ default: m.ChangeSetPanel })));
const TrafficPanel = lazy(() => import('./TrafficPanel').then((m) => ({ default: m.TrafficPanel })));

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

export function SidePanel() {
  const t = useT();
  const [active, setActive] = useState(TABS[0]!.id);
  const tab = TABS.find((x) => x.id === active) ?? TABS[0]!;
  // Turning traffic mode on shows its controls.
  const trafficMode = useAppStore((s) => s.trafficMode);
  useTemplatePrefetch();
  useEffect(() => {
    if (trafficMode) setActive('traffic');
  }, [trafficMode]);
  return (
    <aside className="side-panel">
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
