import type { KindDefinition } from '../kind';
import { elasticache as component } from './component';

export const elasticacheKind: KindDefinition = {
  kind: 'elasticache',
  component,
  network: { tier: () => 'data' },
  traffic: () => import('./traffic').then((m) => m.elasticacheTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
