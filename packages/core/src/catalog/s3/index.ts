import type { KindDefinition } from '../kind';
import { s3 as component } from './component';
import { s3Traffic } from './traffic';

export const s3Kind: KindDefinition = {
  kind: 's3',
  component,
  traffic: s3Traffic,
  facets: () => import('./facets').then((m) => m.facets),
};
