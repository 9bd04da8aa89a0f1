import type { KindDefinition } from '../kind';
import { lambda as component } from './component';
import { lambdaNetwork } from './network';

export const lambdaKind: KindDefinition = {
  kind: 'lambda',
  component,
  network: lambdaNetwork,
  traffic: () => import('./traffic').then((m) => m.lambdaTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
