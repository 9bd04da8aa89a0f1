/** Auto Scaling groups read back from a template, with their launch template or launch configuration. */
import { CfnExportError, names, ref } from '../../cfn/context';
import { firstGroupId, getPath, setPath } from '../../import/edit';
import { collectRefs } from '../../import/refs';
import { list, num, rec } from '../../import/values';
import type { Held, ImportFacet } from '../import-facet';

const LAUNCH_TEMPLATE = 'AWS::EC2::LaunchTemplate';
const LAUNCH_CONFIGURATION = 'AWS::AutoScaling::LaunchConfiguration';
const INSTANCE_PROFILE = 'AWS::IAM::InstanceProfile';

/** The instance role: the one in the instance profile of the launch template or launch configuration. */
function instanceRole(held: Held): unknown {
  const lt = held.ofType(LAUNCH_TEMPLATE)[0];
  const lc = held.ofType(LAUNCH_CONFIGURATION)[0];
  const profileRef = lt ? rec(getPath(lt, ['LaunchTemplateData', 'IamInstanceProfile'])) : undefined;
  const candidates = [profileRef?.['Arn'], profileRef?.['Name'], lc ? getPath(lc, ['IamInstanceProfile']) : undefined];
  for (const c of candidates) {
    const [id] = collectRefs(c);
    const profile = id ? held.get(id) : undefined;
    if (profile?.resource['Type'] === INSTANCE_PROFILE) return list(getPath(profile, ['Roles']))[0];
  }
  const profile = held.ofType(INSTANCE_PROFILE)[0];
  return profile ? list(getPath(profile, ['Roles']))[0] : undefined;
}

export const asgImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::AutoScaling::AutoScalingGroup',
  derived: {
    'AWS::EC2::LaunchTemplate': [],
    'AWS::AutoScaling::LaunchConfiguration': [],
    'AWS::AutoScaling::ScalingPolicy': ['AutoScalingGroupName'],
  },
  relations: ['TargetGroupARNs', 'NotificationConfigurations', 'Tags'],
  edit: {
    write: {
      minSize: (v, held) => setPath(held.primary, ['MinSize'], v),
      maxSize: (v, held) => setPath(held.primary, ['MaxSize'], v),
      desiredCapacity: (v, held) => setPath(held.primary, ['DesiredCapacity'], v),
      instanceType(v, held) {
        const lt = held.ofType(LAUNCH_TEMPLATE)[0];
        const lc = held.ofType(LAUNCH_CONFIGURATION)[0];
        if (lt) setPath(lt, ['LaunchTemplateData', 'InstanceType'], v);
        else if (lc) setPath(lc, ['InstanceType'], v);
        else throw new CfnExportError('SC-X019');
      },
      appPort(v, held, ctx) {
        // The port lives on the target groups the group registers with (held by their load balancer).
        for (const ref of collectRefs(held.primary.resource['Properties'] && rec(held.primary.resource['Properties'])['TargetGroupARNs'])) {
          const tg = ctx.resource(ref);
          if (tg?.['Type'] === 'AWS::ElasticLoadBalancingV2::TargetGroup') rec(tg['Properties'])['Port'] = v;
        }
      },
    },
    securityGroup(held) {
      const lt = held.ofType(LAUNCH_TEMPLATE)[0];
      const lc = held.ofType(LAUNCH_CONFIGURATION)[0];
      const groups = lt
        ? (getPath(lt, ['LaunchTemplateData', 'SecurityGroupIds']) ?? getPath(lt, ['LaunchTemplateData', 'SecurityGroups']))
        : lc
          ? getPath(lc, ['SecurityGroups'])
          : undefined;
      return firstGroupId(groups, held);
    },
    role: instanceRole,
    network: (held) => ({ subnets: getPath(held.primary, ['VPCZoneIdentifier']) }),
    // New callees: the IAM statements (to the instance role) and the callees' security-group rules are added for every kind.
    connectOut: () => true,
    connectIn(source, edge, held, ctx) {
      // A new load balancer in front: the group registers with the target group the load balancer creates for it.
      if (source.kind !== 'alb' || source.imported) return false;
      const props = rec(held.primary.resource['Properties']);
      props['TargetGroupARNs'] = [...list(props['TargetGroupARNs']), ref(names.targetGroup(ctx.id(source.id), ctx.id(edge.target)))];
      held.primary.resource['Properties'] = props;
      return true;
    },
  },
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
