/** DynamoDB tables read back from a template. */
import { bool, list, num, rec } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const dynamodbImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::DynamoDB::Table',
  readProps(r, { reader }) {
    const p = r.view;
    const mode = p['BillingMode'] ?? 'PROVISIONED';
    reader.set('billingMode', mode, 'BillingMode');
    const tp = rec(p['ProvisionedThroughput']);
    if (tp['ReadCapacityUnits'] !== undefined)
      reader.set('readCapacity', num(tp['ReadCapacityUnits']), 'ProvisionedThroughput.ReadCapacityUnits', tp['ReadCapacityUnits']);
    if (tp['WriteCapacityUnits'] !== undefined)
      reader.set('writeCapacity', num(tp['WriteCapacityUnits']), 'ProvisionedThroughput.WriteCapacityUnits', tp['WriteCapacityUnits']);
    for (const k of list(p['KeySchema'])) {
      const key = rec(k);
      if (key['KeyType'] === 'HASH') reader.set('partitionKey', key['AttributeName'], 'KeySchema HASH');
      if (key['KeyType'] === 'RANGE') reader.set('sortKey', key['AttributeName'], 'KeySchema RANGE');
    }
    const pitr = rec(p['PointInTimeRecoverySpecification'])['PointInTimeRecoveryEnabled'];
    reader.set('pointInTimeRecovery', pitr === undefined ? false : bool(pitr), 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', pitr);
  },
};
