import type { KindDefinition } from '../kind';
import { waf as component } from './component';
import { wafTraffic } from './traffic';

export const wafKind: KindDefinition = {
  kind: 'waf',
  component,
  traffic: wafTraffic,
  facets: () => import('./facets').then((m) => m.facets),
};
