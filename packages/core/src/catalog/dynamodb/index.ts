import type { KindDefinition } from '../kind';
import { dynamodb as component } from './component';

export const dynamodbKind: KindDefinition = {
  kind: 'dynamodb',
  component,
  traffic: () => import('./traffic').then((m) => m.dynamodbTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
