import { useState, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/index';
import { useT } from '../store/provider';
import { CdkPanel } from './CdkPanel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { Inspector } from './Inspector';
import { SharePanel } from './SharePanel';
import { TemplatePanel } from './TemplatePanel';

/** The tabs of the side panel, in order. Add a tab = one panel file + one line here. */
const TABS: readonly { id: string; title: Extract<MessageKey, 'diagnostics' | 'template' | 'cdk' | 'share'>; Panel: ComponentType }[] = [
  { id: 'diagnostics', title: 'diagnostics', Panel: DiagnosticsPanel },
  { id: 'template', title: 'template', Panel: TemplatePanel },
  { id: 'cdk', title: 'cdk', Panel: CdkPanel },
  { id: 'share', title: 'share', Panel: SharePanel },
];

export function SidePanel() {
  const t = useT();
  const [active, setActive] = useState(TABS[0]!.id);
  const tab = TABS.find((x) => x.id === active) ?? TABS[0]!;
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
        <tab.Panel />
      </div>
    </aside>
  );
}
