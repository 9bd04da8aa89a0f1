import type { KindDefinition } from '../kind';
import { waf as component } from './component';

export const wafKind: KindDefinition = {
  kind: 'waf',
  component,
  traffic: () => import('./traffic').then((m) => m.wafTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
