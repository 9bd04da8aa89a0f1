import type { KindDefinition } from '../kind';
import { dynamodb as component } from './component';
import { dynamodbTraffic } from './traffic';

export const dynamodbKind: KindDefinition = {
  kind: 'dynamodb',
  component,
  traffic: dynamodbTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
