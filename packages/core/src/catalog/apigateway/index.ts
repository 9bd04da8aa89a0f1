import type { KindDefinition } from '../kind';
import { apigateway as component } from './component';
import { apigatewayTraffic } from './traffic';

export const apigatewayKind: KindDefinition = {
  kind: 'apigateway',
  component,
  traffic: apigatewayTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
