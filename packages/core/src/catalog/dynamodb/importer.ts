/** DynamoDB tables read back from a template. */
import { getPath, propertiesOf, setPath } from '../../import/edit';
import { bool, list, num, rec } from '../../import/values';
import type { Held, ImportFacet } from '../import-facet';

/**
 * A key of the table: its KeySchema entry and its AttributeDefinitions entry (type kept, S when
 * new). An attribute no key or index uses any more is dropped from the definitions, as
 * CloudFormation requires. Changing a key replaces the table (its items are lost).
 */
function writeKey(keyType: 'HASH' | 'RANGE', v: unknown, held: Held): void {
  const p = propertiesOf(held.primary);
  const schema = list(p['KeySchema']).map(rec);
  const name = typeof v === 'string' && v !== '' ? v : undefined;
  const old = schema.find((k) => k['KeyType'] === keyType)?.['AttributeName'];
  const next = schema.filter((k) => k['KeyType'] !== keyType);
  if (name) next.splice(keyType === 'HASH' ? 0 : next.length, 0, { AttributeName: name, KeyType: keyType });
  p['KeySchema'] = next;
  const defs = list(p['AttributeDefinitions']).map(rec);
  const oldType = defs.find((d) => d['AttributeName'] === old)?.['AttributeType'] ?? 'S';
  if (name && !defs.some((d) => d['AttributeName'] === name)) defs.push({ AttributeName: name, AttributeType: oldType });
  const used = new Set<unknown>([
    ...next.map((k) => k['AttributeName']),
    ...[...list(p['GlobalSecondaryIndexes']), ...list(p['LocalSecondaryIndexes'])].flatMap((i) =>
      list(rec(i)['KeySchema']).map((k) => rec(k)['AttributeName']),
    ),
  ]);
  p['AttributeDefinitions'] = defs.filter((d) => used.has(d['AttributeName']));
}

export const dynamodbImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::DynamoDB::Table',
  edit: {
    write: {
      billingMode(v, held) {
        setPath(held.primary, ['BillingMode'], v);
        if (v === 'PAY_PER_REQUEST') setPath(held.primary, ['ProvisionedThroughput'], undefined);
        else if (getPath(held.primary, ['ProvisionedThroughput']) === undefined)
          setPath(held.primary, ['ProvisionedThroughput'], { ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
      },
      readCapacity: (v, held) => setPath(held.primary, ['ProvisionedThroughput', 'ReadCapacityUnits'], v),
      writeCapacity: (v, held) => setPath(held.primary, ['ProvisionedThroughput', 'WriteCapacityUnits'], v),
      partitionKey: (v, held) => writeKey('HASH', v, held),
      sortKey: (v, held) => writeKey('RANGE', v, held),
      pointInTimeRecovery: (v, held) => setPath(held.primary, ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], v),
    },
    connectIn: () => true,
  },
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
