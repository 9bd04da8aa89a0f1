/** Auto Scaling groups read back from a template, with their launch template or launch configuration. */
import { num, rec } from '../../import/values';
import { collectRefs } from '../../import/refs';
import type { ImportFacet } from '../import-facet';

export const asgImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::AutoScaling::AutoScalingGroup',
  derived: {
    'AWS::EC2::LaunchTemplate': [],
    'AWS::AutoScaling::LaunchConfiguration': [],
    'AWS::AutoScaling::ScalingPolicy': ['AutoScalingGroupName'],
  },
  relations: ['TargetGroupARNs', 'NotificationConfigurations', 'Tags'],
  readProps(r, { reader, members, byId }) {
    const p = r.view;
    const min = num(p['MinSize']);
    const max = num(p['MaxSize']);
    reader.set('minSize', min, 'MinSize', p['MinSize']);
    reader.set('maxSize', max, 'MaxSize', p['MaxSize']);
    const desired = p['DesiredCapacity'] === undefined ? min : num(p['DesiredCapacity']);
    reader.set('desiredCapacity', desired, 'DesiredCapacity', p['DesiredCapacity'] ?? p['MinSize']);
    const lt = members.find((m) => m.type === 'AWS::EC2::LaunchTemplate');
    const lc = members.find((m) => m.type === 'AWS::AutoScaling::LaunchConfiguration');
    const instanceType = lt ? rec(lt.view['LaunchTemplateData'])['InstanceType'] : lc?.view['InstanceType'];
    if (instanceType !== undefined) reader.set('instanceType', instanceType, `(${lt?.id ?? lc?.id}) InstanceType`);
    // The application port: the port of the target groups this group registers with.
    for (const ref of collectRefs(p['TargetGroupARNs'])) {
      const tg = byId.get(ref);
      if (tg?.type === 'AWS::ElasticLoadBalancingV2::TargetGroup' && tg.view['Port'] !== undefined) {
        reader.set('appPort', num(tg.view['Port']), `${tg.id}.Port`, tg.view['Port']);
        break;
      }
    }
  },
};
