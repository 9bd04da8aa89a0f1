/**
 * Lambda functions read back from a template. Props missing from a template get the values
 * Lambda itself uses then (128 MB, 3 seconds, x86_64, no reserved concurrency), so an imported
 * function keeps its behaviour. The VPC placement comes from the exporter's tag; a foreign
 * function is placed as deployed: in the VPC when it has a VpcConfig, else outside. Its code is
 * not a prop: the export writes the placeholder handler (docs/import.md).
 */
import { keyValue, list, num, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';
import { VPC_PLACEMENT_TAG } from './cfn';

export const lambdaImporter: ImportFacet = {
  // A container-image function is another resource (its code is an image): kept verbatim.
  claims: (r) => r.type === 'AWS::Lambda::Function' && r.view['PackageType'] !== 'Image',
  // The log group it writes to (named after it, or given in LoggingConfig) is regenerated with it.
  // API Gateway declares the same owner properties for log groups (the importer merges one table).
  derived: { 'AWS::Logs::LogGroup': ['LogGroupName'] },
  // Environment variables name the callees (edges), never resources of the function itself.
  relations: ['Environment', 'Tags'],
  readProps(r, { reader }) {
    const p = r.view;
    reader.set('runtime', p['Runtime'], 'Runtime');
    reader.set('memorySize', p['MemorySize'] === undefined ? 128 : num(p['MemorySize']), 'MemorySize', p['MemorySize']);
    reader.set('timeout', p['Timeout'] === undefined ? 3 : num(p['Timeout']), 'Timeout', p['Timeout']);
    reader.set(
      'reservedConcurrency',
      p['ReservedConcurrentExecutions'] === undefined ? 0 : num(p['ReservedConcurrentExecutions']),
      'ReservedConcurrentExecutions',
      p['ReservedConcurrentExecutions'],
    );
    const arch = list(p['Architectures'])[0];
    reader.set('architecture', arch === undefined ? 'x86_64' : arch, 'Architectures', p['Architectures']);
    const tagged = keyValue(p['Tags'], VPC_PLACEMENT_TAG);
    const deployedInVpc = list(rec(p['VpcConfig'])['SubnetIds']).length > 0;
    reader.set('vpc', tagged ?? (deployedInVpc ? 'always' : 'never'), `Tags ${VPC_PLACEMENT_TAG}`);
  },
};
