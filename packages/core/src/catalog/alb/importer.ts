/** Application Load Balancers read back from a template, with their listeners and target groups. */
import { bool, keyValue, num, type Raw } from '../../import/values';
import { collectRefs } from '../../import/refs';
import type { ImportedResource, ImportFacet } from '../import-facet';

/** Target groups of a load balancer: those its listeners (and listener rules) forward to. */
function targetGroupsOf(members: readonly ImportedResource[], byId: ReadonlyMap<string, ImportedResource>): ImportedResource[] {
  const out: ImportedResource[] = [];
  for (const m of members) {
    if (m.type !== 'AWS::ElasticLoadBalancingV2::Listener' && m.type !== 'AWS::ElasticLoadBalancingV2::ListenerRule') continue;
    for (const ref of collectRefs(m.props)) {
      const tg = byId.get(ref);
      if (tg?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup' && !out.includes(tg)) out.push(tg);
    }
  }
  for (const m of members) if (m.type === 'AWS::ElasticLoadBalancingV2::TargetGroup' && !out.includes(m)) out.push(m);
  return out;
}

export const albImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && (r.view['Type'] === undefined || r.view['Type'] === 'application'),
  derived: {
    'AWS::ElasticLoadBalancingV2::Listener': ['LoadBalancerArn'],
    'AWS::ElasticLoadBalancingV2::ListenerRule': ['ListenerArn'],
    'AWS::ElasticLoadBalancingV2::TargetGroup': [],
  },
  readProps(r, { reader, members, byId }) {
    const p: Raw = r.view;
    const scheme = p['Scheme'];
    reader.set('internetFacing', scheme === undefined || scheme === 'internet-facing' ? true : scheme === 'internal' ? false : undefined, 'Scheme', scheme);
    const idle = keyValue(p['LoadBalancerAttributes'], 'idle_timeout.timeout_seconds');
    if (idle !== undefined) reader.set('idleTimeoutSeconds', num(idle), 'LoadBalancerAttributes idle_timeout.timeout_seconds', idle);
    const tg = targetGroupsOf(members, byId)[0];
    if (tg) {
      const tp = tg.view;
      if (tp['HealthCheckPath'] !== undefined) reader.set('healthCheckPath', tp['HealthCheckPath'], `${tg.id}.HealthCheckPath`);
      const sticky = keyValue(tp['TargetGroupAttributes'], 'stickiness.enabled');
      reader.set('stickiness', sticky === undefined ? false : bool(sticky), `${tg.id} stickiness.enabled`, sticky);
      const duration = keyValue(tp['TargetGroupAttributes'], 'stickiness.lb_cookie.duration_seconds');
      if (duration !== undefined) reader.set('stickinessDurationSeconds', num(duration), `${tg.id} stickiness.lb_cookie.duration_seconds`, duration);
    }
  },
};
