/** Application Load Balancers read back from a template, with their listeners and target groups. */
import { firstGroupId, getPath, setKeyValue, setPath } from '../../import/edit';
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

const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

export const albImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && (r.view['Type'] === undefined || r.view['Type'] === 'application'),
  derived: {
    'AWS::ElasticLoadBalancingV2::Listener': ['LoadBalancerArn'],
    'AWS::ElasticLoadBalancingV2::ListenerRule': ['ListenerArn'],
    'AWS::ElasticLoadBalancingV2::TargetGroup': [],
  },
  edit: {
    write: {
      idleTimeoutSeconds: (v, held) => setKeyValue(held.primary, 'LoadBalancerAttributes', 'idle_timeout.timeout_seconds', String(v)),
      healthCheckPath(v, held) {
        for (const tg of held.ofType(TARGET_GROUP)) setPath(tg, ['HealthCheckPath'], v);
      },
      stickiness(v, held) {
        for (const tg of held.ofType(TARGET_GROUP)) {
          setKeyValue(tg, 'TargetGroupAttributes', 'stickiness.enabled', String(v));
          if (v === true && keyValue(getPath(tg, ['TargetGroupAttributes']), 'stickiness.type') === undefined)
            setKeyValue(tg, 'TargetGroupAttributes', 'stickiness.type', 'lb_cookie');
        }
      },
      stickinessDurationSeconds(v, held) {
        for (const tg of held.ofType(TARGET_GROUP)) setKeyValue(tg, 'TargetGroupAttributes', 'stickiness.lb_cookie.duration_seconds', String(v));
      },
    },
    securityGroup: (held) => firstGroupId(getPath(held.primary, ['SecurityGroups']), held),
    network: (held) => ({
      subnets: getPath(held.primary, ['Subnets']),
      vpcId: held
        .ofType(TARGET_GROUP)
        .map((tg) => getPath(tg, ['VpcId']))
        .find((v) => v !== undefined),
    }),
    connectIn: () => false,
    connectOut: () => false,
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
