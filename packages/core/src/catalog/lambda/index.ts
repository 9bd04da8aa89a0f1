import type { KindDefinition } from '../kind';
import { lambda as component } from './component';
import { lambdaNetwork } from './network';
import { lambdaTraffic } from './traffic';

export const lambdaKind: KindDefinition = {
  kind: 'lambda',
  component,
  network: lambdaNetwork,
  traffic: lambdaTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
