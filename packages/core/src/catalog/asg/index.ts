import type { KindDefinition } from '../kind';
import { asg as component } from './component';
import { asgTraffic } from './traffic';

export const asgKind: KindDefinition = {
  kind: 'asg',
  component,
  network: { tier: () => 'app', egress: true },
  traffic: asgTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
