import type { KindDefinition } from '../kind';
import { rds as component } from './component';

export const rdsKind: KindDefinition = {
  kind: 'rds',
  component,
  network: { tier: () => 'data' },
  traffic: () => import('./traffic').then((m) => m.rdsTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
