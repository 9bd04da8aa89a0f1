import type { KindDefinition } from '../kind';
import { rds as component } from './component';
import { rdsTraffic } from './traffic';

export const rdsKind: KindDefinition = {
  kind: 'rds',
  component,
  network: { tier: () => 'data' },
  traffic: rdsTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
