import type { KindDefinition } from '../kind';
import { cloudfront as component } from './component';

export const cloudfrontKind: KindDefinition = {
  kind: 'cloudfront',
  component,
  traffic: () => import('./traffic').then((m) => m.cloudfrontTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
