import type { KindDefinition } from '../kind';
import { elasticache as component } from './component';
import { elasticacheTraffic } from './traffic';

export const elasticacheKind: KindDefinition = {
  kind: 'elasticache',
  component,
  network: { tier: () => 'data' },
  traffic: elasticacheTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
