import type { KindDefinition } from '../kind';
import { s3 as component } from './component';

export const s3Kind: KindDefinition = {
  kind: 's3',
  component,
  traffic: () => import('./traffic').then((m) => m.s3Traffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
