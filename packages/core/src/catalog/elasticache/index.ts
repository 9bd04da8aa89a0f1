import type { KindDefinition } from '../kind';
import { elasticache as component } from './component';

export const elasticacheKind: KindDefinition = {
  kind: 'elasticache',
  component,
  network: { tier: () => 'data' },
  facets: () => import('./facets').then((m) => m.facets),
};
