import type { KindDefinition } from '../kind';
import { alb as component } from './component';

export const albKind: KindDefinition = {
  kind: 'alb',
  component,
  network: {
    tier: (node) => (node.props['internetFacing'] === false ? 'app' : 'public'),
    // CloudFront reaches an internal load balancer through a VPC origin, which needs an internet gateway on the VPC.
    gateway: (node, index) => node.props['internetFacing'] === false && index.incoming(node.id).some((e) => index.nodes.get(e.source)?.kind === 'cloudfront'),
  },
  traffic: () => import('./traffic').then((m) => m.albTraffic),
  facets: () => import('./facets').then((m) => m.facets),
  help: () => import('./help').then((m) => m.help),
};
