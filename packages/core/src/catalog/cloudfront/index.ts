import type { KindDefinition } from '../kind';
import { cloudfront as component } from './component';
import { cloudfrontTraffic } from './traffic';

export const cloudfrontKind: KindDefinition = {
  kind: 'cloudfront',
  component,
  traffic: cloudfrontTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
