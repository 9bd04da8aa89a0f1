/** DAX clusters read back from a template. */
import { firstGroupId, getPath, setPath } from '../../import/edit';
import { collectRefs } from '../../import/refs';
import { num } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const daxImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::DAX::Cluster',
  derived: { 'AWS::DAX::SubnetGroup': [], 'AWS::DAX::ParameterGroup': [] },
  edit: {
    write: {
      replicationFactor: (v, held) => setPath(held.primary, ['ReplicationFactor'], v),
      nodeType: (v, held) => setPath(held.primary, ['NodeType'], v),
    },
    // The TLS endpoint listens on 9111, the unencrypted one on 8111.
    port: (held) => (getPath(held.primary, ['ClusterEndpointEncryptionType']) === 'TLS' ? 9111 : 8111),
    securityGroup: (held) => firstGroupId(getPath(held.primary, ['SecurityGroupIds']), held),
    role(held) {
      // IAMRoleARN: !GetAtt Role.Arn → the role itself.
      const [id] = collectRefs(getPath(held.primary, ['IAMRoleARN']));
      return id && held.typeOf(id) === 'AWS::IAM::Role' ? { Ref: id } : undefined;
    },
    network(held) {
      const [group] = collectRefs(getPath(held.primary, ['SubnetGroupName']));
      const subnetGroup = group ? held.get(group) : undefined;
      return { subnets: subnetGroup ? getPath(subnetGroup, ['SubnetIds']) : undefined };
    },
    // New tables: the service role gets their item-level actions (added for every kind).
    connectOut: () => true,
    connectIn: () => true,
  },
  readProps(r, { reader }) {
    const p = r.view;
    reader.set('replicationFactor', num(p['ReplicationFactor']), 'ReplicationFactor', p['ReplicationFactor']);
    reader.set('nodeType', p['NodeType'], 'NodeType');
  },
};
