import type { KindDefinition } from '../kind';
import { asg as component } from './component';

export const asgKind: KindDefinition = {
  kind: 'asg',
  component,
  network: { tier: () => 'app', egress: true },
  traffic: () => import('./traffic').then((m) => m.asgTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
