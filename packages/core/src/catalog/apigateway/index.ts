import type { KindDefinition } from '../kind';
import { apigateway as component } from './component';

export const apigatewayKind: KindDefinition = {
  kind: 'apigateway',
  component,
  traffic: () => import('./traffic').then((m) => m.apigatewayTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
