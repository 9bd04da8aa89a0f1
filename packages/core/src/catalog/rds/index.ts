import type { KindDefinition } from '../kind';
import { rds as component } from './component';

export const rdsKind: KindDefinition = {
  kind: 'rds',
  component,
  network: { tier: () => 'data' },
  facets: () => import('./facets').then((m) => m.facets),
};
