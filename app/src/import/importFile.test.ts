import { EXAMPLES, serializeDesign, type Design } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { renderText, type Text } from '../i18n/index';
import { designNameFromFile, importFile, importSummary, openImportedFile, type ImportTarget } from './importFile';

const TEMPLATE =
  'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\n  Topic:\n    Type: AWS::SNS::Topic\n';

/** A stand-in for the store: what was opened, and the messages as English text. */
function target(): ImportTarget & { opened: Design[]; messages: [string, string | undefined][] } {
  const t = {
    opened: [] as Design[],
    messages: [] as [string, string | undefined][],
    openAsNewDesign(d: Design) {
      t.opened.push(d);
    },
    notify(text: Text, kind?: 'error' | 'info') {
      t.messages.push([renderText(text, 'en'), kind]);
    },
  };
  return t;
}

describe('importFile', () => {
  it('says in Korean what a refusal means, with the detail', async () => {
    const r = await importFile(new File(['Resources: ['], 'bad.yaml'));
    // Core's detail comes in Korean too (the error catalogue); the parser's own words stay as they are.
    expect('error' in r && renderText(r.error, 'ko')).toMatch(/^bad\.yaml: YAML\/JSON 형식이 올바르지 않습니다 — YAML 형식이 잘못되었습니다: .* at line 1/);
    expect('error' in r && renderText(r.error, 'en')).toMatch(/^bad\.yaml: malformed YAML/);
  });

  it('names a design after the file', () => {
    expect(designNameFromFile('shop.template.yaml')).toBe('shop');
    expect(designNameFromFile('a.stackcanvas.json')).toBe('a');
    expect(designNameFromFile('.yaml')).toBe('imported');
  });

  it('opens a template as a new design named after the file and says what it found', async () => {
    const t = target();
    expect(await openImportedFile(new File([TEMPLATE], 'orders.yml'), () => t)).toBe(true);
    expect(t.opened).toHaveLength(1);
    expect(t.opened[0]!.name).toBe('orders');
    expect(t.opened[0]!.nodes.map((n) => n.kind).sort()).toEqual(['cfn-resource', 'dynamodb']);
    expect(t.messages).toEqual([
      [
        'Imported "orders": 1 component, 1 other resource kept as it is, 0 connections. Kept as they are and written back with only your edits: Table: Table.',
        'info',
      ],
    ]);
    const r = await importFile(new File([TEMPLATE], 'orders.yml'));
    if ('design' in r)
      expect(renderText(importSummary(r), 'ko')).toBe(
        '"orders"를 가져왔습니다: 구성 요소 1개, 그대로 보존한 기타 리소스 1개, 연결 0개. 템플릿의 리소스는 그대로 보존되며 편집한 부분만 반영해 다시 내보냅니다: Table: Table.',
      );
  });

  it('opens a design file as it is', async () => {
    const design = EXAMPLES[1]!.design;
    const r = await importFile(new File([serializeDesign(design)], 'x.stackcanvas.json'));
    expect('design' in r && r.design).toEqual(design);
    // One particle, chosen by the name's last sound (static-site: 사이트, a vowel).
    if ('design' in r) expect(renderText(importSummary(r), 'ko')).toBe(`설계 "${design.name}"를 새 설계로 열었습니다.`);
    expect(design.name).toBe('static-site');
  });

  it('refuses an oversized file without reading it, and a hostile one, opening nothing', async () => {
    const t = target();
    expect(await openImportedFile(new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'big.yaml'), () => t)).toBe(false);
    expect(await openImportedFile(new File(['{"Resources":{"A":{"Type":"AWS::SNS::Topic","Properties":{"__proto__":{}}}}}'], 'p.json'), () => t)).toBe(false);
    expect(t.opened).toEqual([]);
    expect(t.messages).toEqual([
      ['big.yaml: the file is 5.0 MB; the limit is 5.0 MB', 'error'],
      ['p.json: $.Resources.A.Properties.__proto__: the key "__proto__" is not allowed', 'error'],
    ]);
  });
});
