import type { KindDefinition } from '../kind';
import { dax as component } from './component';

export const daxKind: KindDefinition = {
  kind: 'dax',
  component,
  network: { tier: () => 'data' },
  facets: () => import('./facets').then((m) => m.facets),
};
