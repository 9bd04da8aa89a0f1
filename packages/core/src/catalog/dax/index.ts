import type { KindDefinition } from '../kind';
import { dax as component } from './component';
import { daxTraffic } from './traffic';

export const daxKind: KindDefinition = {
  kind: 'dax',
  component,
  network: { tier: () => 'data' },
  traffic: daxTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
