import type { KindDefinition } from '../kind';
import { cfnResource as component } from './component';

export const cfnResourceKind: KindDefinition = {
  kind: 'cfn-resource',
  component,
  generic: true,
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
