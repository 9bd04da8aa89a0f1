import type { KindDefinition } from '../kind';
import { s3 as component } from './component';

export const s3Kind: KindDefinition = {
  kind: 's3',
  component,
  facets: () => import('./facets').then((m) => m.facets),
};
