/** DAX clusters read back from a template. */
import { num } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const daxImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::DAX::Cluster',
  derived: { 'AWS::DAX::SubnetGroup': [], 'AWS::DAX::ParameterGroup': [] },
  readProps(r, { reader }) {
    const p = r.view;
    reader.set('replicationFactor', num(p['ReplicationFactor']), 'ReplicationFactor', p['ReplicationFactor']);
    reader.set('nodeType', p['NodeType'], 'NodeType');
  },
};
