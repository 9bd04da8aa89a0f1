import type { KindDefinition } from '../kind';
import { cloudfront as component } from './component';

export const cloudfrontKind: KindDefinition = {
  kind: 'cloudfront',
  component,
  facets: () => import('./facets').then((m) => m.facets),
};
