import type { KindDefinition } from '../kind';
import { dynamodb as component } from './component';

export const dynamodbKind: KindDefinition = {
  kind: 'dynamodb',
  component,
  facets: () => import('./facets').then((m) => m.facets),
};
