import type { KindDefinition } from '../kind';
import { dax as component } from './component';

export const daxKind: KindDefinition = {
  kind: 'dax',
  component,
  network: { tier: () => 'data' },
  traffic: () => import('./traffic').then((m) => m.daxTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
